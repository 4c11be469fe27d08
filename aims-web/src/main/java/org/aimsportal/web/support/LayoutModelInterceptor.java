package org.aimsportal.web.support;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aimsportal.app.security.CurrentUserNames;
import org.aimsportal.domain.user.UserHeader;
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

	private final CurrentUserNames names;

	LayoutModelInterceptor(CurrentUserNames names) {
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
			UserHeader header = this.names.header(principal.getName());
			mav.addObject("currentUserName", header.displayName());
			mav.addObject("unreadNotifications", header.unreadNotifications());
		}
		else {
			mav.addObject("unreadNotifications", 0L);
		}
	}

}
