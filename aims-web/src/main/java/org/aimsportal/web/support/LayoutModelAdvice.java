package org.aimsportal.web.support;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import org.aimsportal.app.notification.NotificationService;
import org.aimsportal.app.security.CurrentUserNames;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: where we are, who is signed in, unread notifications. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModelAdvice {

	private final NotificationService notifications;

	private final CurrentUserNames names;

	LayoutModelAdvice(NotificationService notifications, CurrentUserNames names) {
		this.notifications = notifications;
		this.names = names;
	}

	@ModelAttribute
	void layout(Model model, HttpServletRequest request, @Nullable Principal principal) {
		if (request.getHeader("HX-Request") != null) {
			return;
		}
		model.addAttribute("currentPath", request.getRequestURI());
		if (principal != null) {
			model.addAttribute("currentUserName", this.names.displayName(principal.getName()));
			model.addAttribute("unreadNotifications", this.notifications.unreadCount(principal.getName()));
		}
		else {
			model.addAttribute("unreadNotifications", 0L);
		}
	}

}
