package org.aimsportal.web.admin;

import java.util.UUID;

import jakarta.validation.Valid;
import org.aimsportal.app.security.UserAdminService;
import org.aimsportal.domain.shared.VersionConflictException;
import org.aimsportal.domain.user.Role;
import org.aimsportal.domain.user.UserAccount;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class UserAdminController {

	private final UserAdminService users;

	UserAdminController(UserAdminService users) {
		this.users = users;
	}

	@ModelAttribute("allRoles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("formData", new NewUserFormData());
		model.addAttribute("users", this.users.all());
		return "admin/users";
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("formData") NewUserFormData formData, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.users.create(formData.getEmail(), formData.getDisplayName(), formData.getPassword(),
						formData.getRoles());
				redirect.addFlashAttribute("flashKey", "admin.users.created");
				redirect.addFlashAttribute("flashArg", formData.getEmail());
				return "redirect:/admin/users";
			}
			catch (UserAdminService.DuplicateEmailException ex) {
				result.rejectValue("email", "admin.users.duplicate");
			}
		}
		model.addAttribute("users", this.users.all());
		return "admin/users";
	}

	@GetMapping("/admin/users/{id}")
	String edit(@PathVariable UUID id, Model model) {
		UserAccount user = this.users.get(id);
		model.addAttribute("user", user);
		model.addAttribute("formData", EditUserFormData.from(user));
		return "admin/user-edit";
	}

	@PostMapping("/admin/users/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("formData") EditUserFormData formData,
			BindingResult result, Model model, RedirectAttributes redirect) {
		UserAccount user = this.users.get(id);
		if (!result.hasErrors()) {
			try {
				this.users.update(id, formData.getVersion(), formData.getDisplayName(), formData.getRoles(),
						formData.isEnabled());
				redirect.addFlashAttribute("flashKey", "admin.users.saved");
				redirect.addFlashAttribute("flashArg", user.getEmail());
				return "redirect:/admin/users";
			}
			catch (VersionConflictException ex) {
				model.addAttribute("conflict", true);
			}
		}
		model.addAttribute("user", user);
		return "admin/user-edit";
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable UUID id, @RequestParam String password, RedirectAttributes redirect) {
		UserAccount user = this.users.get(id);
		try {
			this.users.resetPassword(id, password);
			redirect.addFlashAttribute("flashKey", "admin.users.passwordReset");
			redirect.addFlashAttribute("flashArg", user.getEmail());
		}
		catch (UserAdminService.WeakPasswordException ex) {
			redirect.addFlashAttribute("passwordError", true);
		}
		return "redirect:/admin/users/" + id;
	}

}
