package org.aimsportal.app.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Tells a locked-out user that they are locked out, instead of a generic failure. */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	private final LoginThrottle throttle;

	LoginFailureHandler(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String email = request.getParameter("username");
		boolean locked = exception instanceof LockedException || (email != null && this.throttle.isLocked(email));
		response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
	}

}
