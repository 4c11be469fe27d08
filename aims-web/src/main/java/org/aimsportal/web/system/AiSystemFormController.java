package org.aimsportal.web.system;

import java.util.UUID;

import jakarta.validation.groups.Default;
import org.aimsportal.domain.shared.VersionConflictException;
import org.aimsportal.lifecycle.inventory.AiSystemService;
import org.aimsportal.lifecycle.inventory.AiSystemView;
import org.aimsportal.lifecycle.inventory.DuplicateReferenceCodeException;
import org.aimsportal.lifecycle.inventory.RegisterAiSystemCommand;
import org.aimsportal.lifecycle.inventory.UpdateAiSystemCommand;
import org.aimsportal.web.system.AiSystemFormData.Registration;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AiSystemFormController {

	private static final String FORM = "systems/form";

	private final AiSystemService systems;

	private final InventoryReferenceData referenceData;

	private final ConflictComparison comparison;

	AiSystemFormController(AiSystemService systems, InventoryReferenceData referenceData,
			ConflictComparison comparison) {
		this.systems = systems;
		this.referenceData = referenceData;
		this.comparison = comparison;
	}

	@GetMapping("/ai-systems/new")
	String newForm(Model model) {
		model.addAttribute("formData", new AiSystemFormData());
		return showForm(model, null);
	}

	@PostMapping("/ai-systems")
	String create(@Validated({ Default.class, Registration.class }) @ModelAttribute("formData") AiSystemFormData formData,
			BindingResult result, Model model,
			RedirectAttributes redirect) {
		formData.validateAcrossFields(result);
		if (result.hasErrors()) {
			return showForm(model, null);
		}
		try {
			UUID id = this.systems.register(new RegisterAiSystemCommand(formData.getReferenceCode(), formData.toDetails()));
			redirect.addFlashAttribute("flashKey", "systems.created");
			redirect.addFlashAttribute("flashArg", formData.getReferenceCode());
			return "redirect:/ai-systems/" + id;
		}
		catch (DuplicateReferenceCodeException ex) {
			result.rejectValue("referenceCode", "validation.referenceCode.taken");
			return showForm(model, null);
		}
	}

	@GetMapping("/ai-systems/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		requireMayEdit(id);
		AiSystemView view = this.systems.get(id);
		model.addAttribute("formData", AiSystemFormData.from(view));
		return showForm(model, view);
	}

	@PostMapping("/ai-systems/{id}")
	String update(@PathVariable UUID id,
			@Validated({ Default.class, Registration.class }) @ModelAttribute("formData") AiSystemFormData formData,
			BindingResult result, Model model, RedirectAttributes redirect) {
		AiSystemView current = this.systems.get(id);
		formData.setReferenceCode(current.referenceCode());
		formData.validateAcrossFields(result);
		if (result.hasErrors()) {
			return showForm(model, current);
		}
		try {
			this.systems.update(new UpdateAiSystemCommand(id, formData.getVersion(), formData.toDetails()));
		}
		catch (VersionConflictException ex) {
			model.addAttribute("conflict", ex);
			model.addAttribute("differences", this.comparison.compare(formData.toDetails(), current.details()));
			// The next save is a deliberate overwrite of the version the user has now seen.
			formData.setVersion(current.version());
			return showForm(model, current);
		}
		redirect.addFlashAttribute("flashKey", "systems.saved");
		redirect.addFlashAttribute("flashArg", current.referenceCode());
		return "redirect:/ai-systems/" + id;
	}

	private void requireMayEdit(UUID id) {
		if (!this.systems.mayEdit(id)) {
			throw new AccessDeniedException("Not an owner of this system");
		}
	}

	private String showForm(Model model, AiSystemView existing) {
		model.addAttribute("existing", existing);
		this.referenceData.addTo(model);
		return FORM;
	}

}
