package org.aimsportal.app.security;

import java.util.EnumSet;
import java.util.UUID;

import org.aimsportal.domain.user.Role;
import org.aimsportal.domain.user.UserAccountRepository;

import org.springframework.stereotype.Component;

/** Creates the demo users; only the demo loader uses it, and only in demo mode. */
@Component
public class DemoAccounts {

	private final UserAdminService users;

	private final UserAccountRepository accounts;

	DemoAccounts(UserAdminService users, UserAccountRepository accounts) {
		this.users = users;
		this.accounts = accounts;
	}

	public boolean anyUserExists() {
		return this.users.countUsers() > 0;
	}

	public UUID create(String email, String displayName, String password, Role role) {
		return this.users.bootstrap(email, displayName, password, EnumSet.of(role));
	}

	public UUID idOf(String email) {
		return this.accounts.findByEmailIgnoreCase(email).orElseThrow().getId();
	}

}
