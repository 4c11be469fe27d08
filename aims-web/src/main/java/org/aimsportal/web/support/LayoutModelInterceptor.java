package org.aimsportal.web.support;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aimsportal.app.notification.NotificationService;
import org.aimsportal.app.security.CurrentUserNames;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds what the shared layout needs (where we are, who is signed in, unread notifications) only when a
 * full page is rendered: not for redirects, htmx fragments or API responses.
 */
@Component
class LayoutModelInterceptor implements HandlerInterceptor {

	private final NotificationService notifications;

	private final CurrentUserNames names;

	LayoutModelInterceptor(NotificationService notifications, CurrentUserNames names) {
		this.notifications = notifications;
		this.names = names;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView mav) {
		if (mav == null || request.getHeader("HX-Request") != null) {
			return;
		}
		String view = mav.getViewName();
		if (view != null && view.startsWith("redirect:")) {
			return;
		}
		mav.addObject("currentPath", request.getRequestURI());
		Principal principal = request.getUserPrincipal();
		if (principal != null) {
			mav.addObject("currentUserName", this.names.displayName(principal.getName()));
			mav.addObject("unreadNotifications", this.notifications.unreadCount(principal.getName()));
		}
		else {
			mav.addObject("unreadNotifications", 0L);
		}
	}

}
