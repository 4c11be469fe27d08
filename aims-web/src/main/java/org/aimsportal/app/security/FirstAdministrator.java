package org.aimsportal.app.security;

import java.util.EnumSet;

import org.aimsportal.app.AimsProperties;
import org.aimsportal.app.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.aimsportal.domain.user.Role;

/**
 * Outside demo mode there are no default credentials: the first administrator comes from
 * {@code AIMS_ADMIN_EMAIL}/{@code AIMS_ADMIN_PASSWORD}, and the portal refuses to start without them
 * while no user exists.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserAdminService users;

	private final AimsProperties properties;

	private final DemoMode demoMode;

	FirstAdministrator(UserAdminService users, AimsProperties properties, DemoMode demoMode) {
		this.users = users;
		this.properties = properties;
		this.demoMode = demoMode;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.demoMode.isEnabled() || this.users.countUsers() > 0) {
			return;
		}
		String email = this.properties.adminEmail();
		String password = this.properties.adminPassword();
		if (email == null || email.isBlank() || password == null || password.isBlank()) {
			throw new IllegalStateException("No user exists and demo mode is off: set AIMS_ADMIN_EMAIL and "
					+ "AIMS_ADMIN_PASSWORD to create the first administrator");
		}
		if (password.length() < UserAdminService.MIN_PASSWORD_LENGTH) {
			throw new IllegalStateException(
					"AIMS_ADMIN_PASSWORD needs at least " + UserAdminService.MIN_PASSWORD_LENGTH + " characters");
		}
		SystemActor.run("system", () -> this.users.bootstrap(email, "Administrator", password, EnumSet.of(Role.ADMIN)));
		log.info("Created the first administrator {}", email);
	}

}
