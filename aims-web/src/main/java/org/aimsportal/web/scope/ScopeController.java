package org.aimsportal.web.scope;

import jakarta.validation.Valid;
import org.aimsportal.audit.scope.ScopeService;
import org.aimsportal.audit.scope.ScopeService.ScopeRevision;
import org.aimsportal.domain.shared.NotFoundException;
import org.aimsportal.domain.shared.VersionConflictException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ScopeController {

	private final ScopeService scope;

	ScopeController(ScopeService scope) {
		this.scope = scope;
	}

	@GetMapping("/scope")
	String current(Model model) {
		return show(this.scope.current().orElse(null), true, model);
	}

	@GetMapping("/scope/revisions/{revision}")
	String revision(@PathVariable int revision, Model model) {
		ScopeRevision r = this.scope.revision(revision).orElseThrow(() -> new NotFoundException("Scope revision", revision));
		boolean latest = this.scope.current().map((c) -> c.revision() == revision).orElse(false);
		return show(r, latest, model);
	}

	@GetMapping("/scope/edit")
	String edit(Model model) {
		model.addAttribute("formData", ScopeFormData.from(this.scope.current().orElse(null)));
		return "scope/edit";
	}

	@PostMapping("/scope")
	String publish(@Valid @ModelAttribute("formData") ScopeFormData formData, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "scope/edit";
		}
		try {
			int revision = this.scope.publish(formData.toContent(), formData.getBasedOnRevision());
			redirect.addFlashAttribute("flashKey", "scope.published");
			redirect.addFlashAttribute("flashArg", revision);
			return "redirect:/scope";
		}
		catch (VersionConflictException ex) {
			model.addAttribute("conflictRevision", ex.currentVersion());
			formData.setBasedOnRevision((int) ex.currentVersion());
			return "scope/edit";
		}
	}

	private String show(ScopeRevision revision, boolean latest, Model model) {
		model.addAttribute("revision", revision);
		model.addAttribute("latest", latest);
		model.addAttribute("revisions", this.scope.revisions());
		model.addAttribute("liveSystems", this.scope.liveSystems());
		return "scope/view";
	}

}
