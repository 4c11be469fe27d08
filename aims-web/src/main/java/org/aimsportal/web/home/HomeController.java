package org.aimsportal.web.home;

import java.util.EnumMap;
import java.util.Map;

import org.aimsportal.domain.system.AiSystemFilter;
import org.aimsportal.domain.system.AiSystemSort;
import org.aimsportal.domain.system.EuRiskTier;
import org.aimsportal.domain.system.IntakeStatus;
import org.aimsportal.domain.system.LifecycleStage;
import org.aimsportal.domain.system.TriageOutcome;
import org.aimsportal.lifecycle.inventory.AiSystemService;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final AiSystemService systems;

	HomeController(AiSystemService systems) {
		this.systems = systems;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("total", count(AiSystemFilter.active()));
		model.addAttribute("reviewRequired",
				count(new AiSystemFilter(null, null, null, null, null, TriageOutcome.REVIEW_REQUIRED, null, false)));
		model.addAttribute("awaitingIntake",
				count(new AiSystemFilter(null, null, null, null, null, null, IntakeStatus.AWAITING_REVIEW, false)));
		model.addAttribute("highTier",
				count(new AiSystemFilter(null, null, EuRiskTier.HIGH, null, null, null, null, false)));
		Map<LifecycleStage, Long> byStage = new EnumMap<>(LifecycleStage.class);
		long max = 1;
		for (LifecycleStage stage : LifecycleStage.values()) {
			long n = count(new AiSystemFilter(null, stage, null, null, null, null, null, false));
			byStage.put(stage, n);
			max = Math.max(max, n);
		}
		model.addAttribute("byStage", byStage);
		model.addAttribute("maxStage", max);
		return "home/home";
	}

	private long count(AiSystemFilter filter) {
		return this.systems.search(filter, AiSystemSort.NAME, Sort.Direction.ASC, 0, 1).getTotalElements();
	}

}
