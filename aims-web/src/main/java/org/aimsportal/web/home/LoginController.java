package org.aimsportal.web.home;

import org.aimsportal.app.DemoMode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final DemoMode demoMode;

	LoginController(DemoMode demoMode) {
		this.demoMode = demoMode;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demo", this.demoMode.isEnabled());
		return "home/login";
	}

}
