package org.aimsportal.web.intake;

import java.security.Principal;

import jakarta.validation.Valid;
import org.aimsportal.app.security.CurrentUserNames;
import org.aimsportal.domain.system.AiSystemFilter;
import org.aimsportal.domain.system.AiSystemSort;
import org.aimsportal.domain.system.AutonomyLevel;
import org.aimsportal.domain.system.DataCategory;
import org.aimsportal.domain.system.DeploymentContext;
import org.aimsportal.domain.system.HighStakesDomain;
import org.aimsportal.domain.system.IntakeStatus;
import org.aimsportal.domain.system.ProviderType;
import org.aimsportal.lifecycle.inventory.AiSystemService;
import org.aimsportal.lifecycle.inventory.AiSystemView;
import org.aimsportal.web.system.AiSystemFormData;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class IntakeController {

	private final AiSystemService systems;

	private final CurrentUserNames users;

	IntakeController(AiSystemService systems, CurrentUserNames users) {
		this.systems = systems;
		this.users = users;
	}

	@GetMapping("/intake/new")
	String form(Model model) {
		model.addAttribute("formData", new AiSystemFormData());
		return showForm(model);
	}

	@PostMapping("/intake")
	String propose(@Valid @ModelAttribute("formData") AiSystemFormData formData, BindingResult result, Model model,
			Principal principal, RedirectAttributes redirect) {
		formData.validateAcrossFields(result);
		if (result.hasErrors()) {
			return showForm(model);
		}
		AiSystemView created = this.systems.propose(formData.toProposal(this.users.idOf(principal.getName())));
		redirect.addFlashAttribute("flashKey", "intake.submitted");
		redirect.addFlashAttribute("flashArg", created.referenceCode());
		return "redirect:/ai-systems/" + created.id();
	}

	@GetMapping("/intake/queue")
	String queue(Model model) {
		model.addAttribute("proposals", this.systems.search(
				new AiSystemFilter(null, null, null, null, null, null, IntakeStatus.AWAITING_REVIEW, false),
				AiSystemSort.UPDATED, Sort.Direction.ASC, 0, 200));
		return "intake/queue";
	}

	private String showForm(Model model) {
		model.addAttribute("units", this.systems.options().units());
		model.addAttribute("contexts", DeploymentContext.values());
		model.addAttribute("domains", HighStakesDomain.values());
		model.addAttribute("autonomyLevels", AutonomyLevel.values());
		model.addAttribute("providerTypes", ProviderType.values());
		model.addAttribute("dataCategoryOptions", DataCategory.values());
		return "intake/form";
	}

}
