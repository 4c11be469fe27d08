package org.aimsportal.web.notification;

import java.security.Principal;
import java.util.UUID;

import org.aimsportal.app.notification.NotificationService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class NotificationController {

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String inbox(@RequestParam(defaultValue = "1") int page, Principal principal, Model model) {
		model.addAttribute("notifications", this.notifications.inbox(principal.getName(), page - 1));
		return "notifications/list";
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@PathVariable UUID id, Principal principal) {
		this.notifications.markRead(principal.getName(), id);
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read-all")
	String markAllRead(Principal principal) {
		this.notifications.markAllRead(principal.getName());
		return "redirect:/notifications";
	}

}
