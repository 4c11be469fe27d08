package org.aimsportal.web.system;

import java.util.UUID;

import org.aimsportal.audit.trail.AuditTrailService;
import org.aimsportal.lifecycle.inventory.AiSystemService;
import org.aimsportal.lifecycle.inventory.AiSystemView;
import org.aimsportal.risk.triage.TriageService;
import org.aimsportal.web.support.HistoryPresenter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AiSystemDetailController {

	private final AiSystemService systems;

	private final TriageService triage;

	private final AuditTrailService trail;

	private final HistoryPresenter presenter;

	AiSystemDetailController(AiSystemService systems, TriageService triage, AuditTrailService trail,
			HistoryPresenter presenter) {
		this.systems = systems;
		this.triage = triage;
		this.trail = trail;
		this.presenter = presenter;
	}

	@GetMapping("/ai-systems/{id}")
	String show(@PathVariable UUID id, Model model) {
		AiSystemView system = this.systems.get(id);
		model.addAttribute("system", system);
		model.addAttribute("triage", this.triage.explain(id));
		model.addAttribute("history", this.presenter.present(this.trail.history("AiSystem", id.toString())));
		model.addAttribute("mayEdit", !system.archived() && this.systems.mayEdit(id));
		return "systems/detail";
	}

	@PostMapping("/ai-systems/{id}/archive")
	String archive(@PathVariable UUID id, @RequestParam long version, @RequestParam String reason,
			RedirectAttributes redirect) {
		AiSystemView system = this.systems.get(id);
		if (reason.isBlank()) {
			redirect.addFlashAttribute("archiveError", true);
			return "redirect:/ai-systems/" + id;
		}
		this.systems.archive(id, version, reason);
		redirect.addFlashAttribute("flashKey", "systems.archivedMsg");
		redirect.addFlashAttribute("flashArg", system.referenceCode());
		return "redirect:/ai-systems/" + id;
	}

	@PostMapping("/intake/{id}/accept")
	String acceptIntake(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		AiSystemView system = this.systems.get(id);
		this.systems.acceptIntake(id, version);
		redirect.addFlashAttribute("flashKey", "systems.accepted");
		redirect.addFlashAttribute("flashArg", system.referenceCode());
		return "redirect:/intake/queue";
	}

}
