package org.aimsportal.web.home;

import org.aimsportal.lifecycle.inventory.AiSystemService;
import org.aimsportal.lifecycle.inventory.InventoryOverview;

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
		InventoryOverview overview = this.systems.overview();
		model.addAttribute("total", overview.total());
		model.addAttribute("reviewRequired", overview.reviewRequired());
		model.addAttribute("awaitingIntake", overview.awaitingIntake());
		model.addAttribute("highTier", overview.highTier());
		model.addAttribute("byStage", overview.byStage());
		model.addAttribute("maxStage", Math.max(1, overview.largestStage()));
		return "home/home";
	}

}
