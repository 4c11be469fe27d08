package org.aimsportal.web.account;

import java.security.Principal;
import java.util.UUID;

import org.aimsportal.app.security.ApiTokenService;
import org.aimsportal.domain.user.TokenScope;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ApiTokenController {

	private final ApiTokenService tokens;

	ApiTokenController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account/tokens")
	String list(Principal principal, Model model) {
		model.addAttribute("tokens", this.tokens.tokensOf(principal.getName()));
		model.addAttribute("scopes", TokenScope.values());
		return "account/tokens";
	}

	@PostMapping("/account/tokens")
	String create(@RequestParam String name, @RequestParam TokenScope scope,
			@RequestParam(required = false) @Nullable Integer validDays, Principal principal,
			RedirectAttributes redirect) {
		if (name.isBlank() || (validDays != null && (validDays < 1 || validDays > 3650))) {
			redirect.addFlashAttribute("tokenError", true);
			return "redirect:/account/tokens";
		}
		// A flash attribute survives one redirect only, so the secret is shown exactly once.
		redirect.addFlashAttribute("newToken", this.tokens.create(principal.getName(), name.trim(), scope, validDays));
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable UUID id, Principal principal) {
		this.tokens.revoke(principal.getName(), id);
		return "redirect:/account/tokens";
	}

}
