package org.aimsportal.web.admin;

import java.util.ArrayList;
import java.util.List;

import org.aimsportal.domain.shared.VersionConflictException;
import org.aimsportal.domain.triage.TriageRule;
import org.aimsportal.risk.triage.TriageService;
import org.aimsportal.risk.triage.TriageService.ConfigureTriageCommand;
import org.aimsportal.risk.triage.TriageService.CriterionView;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class TriageAdminController {

	private final TriageService triage;

	TriageAdminController(TriageService triage) {
		this.triage = triage;
	}

	@GetMapping("/admin/triage")
	String show(Model model) {
		model.addAttribute("config", this.triage.configuration());
		return "admin/triage";
	}

	@PostMapping("/admin/triage")
	String save(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		List<CriterionView> criteria = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		for (TriageRule rule : TriageRule.values()) {
			Integer weight = parse(form.getFirst("weight." + rule.name()), 0, 100);
			if (weight == null) {
				errors.add(rule.name());
				continue;
			}
			criteria.add(new CriterionView(rule, weight, form.containsKey("enabled." + rule.name())));
		}
		Integer threshold = parse(form.getFirst("threshold"), 1, 100);
		Integer version = parse(form.getFirst("policyVersion"), 0, Integer.MAX_VALUE);
		if (threshold == null || version == null || !errors.isEmpty()) {
			model.addAttribute("config", this.triage.configuration());
			model.addAttribute("invalid", errors);
			model.addAttribute("invalidThreshold", threshold == null);
			return "admin/triage";
		}
		try {
			int count = this.triage.configure(new ConfigureTriageCommand(threshold, version, criteria));
			redirect.addFlashAttribute("flashKey", "admin.triage.saved");
			redirect.addFlashAttribute("flashArg", count);
			return "redirect:/admin/triage";
		}
		catch (VersionConflictException ex) {
			model.addAttribute("config", this.triage.configuration());
			model.addAttribute("conflict", true);
			return "admin/triage";
		}
	}

	private static @Nullable Integer parse(@Nullable String value, int min, int max) {
		try {
			int n = Integer.parseInt(value.trim());
			return (n >= min && n <= max) ? n : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
