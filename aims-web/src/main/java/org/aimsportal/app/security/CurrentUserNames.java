package org.aimsportal.app.security;

import java.util.UUID;

import org.aimsportal.domain.user.UserAccountRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Resolves the signed-in principal (an e-mail address) to the person's name and id. */
@Component
public class CurrentUserNames {

	private final UserAccountRepository users;

	CurrentUserNames(UserAccountRepository users) {
		this.users = users;
	}

	@Transactional(readOnly = true)
	public String displayName(String email) {
		return this.users.findDisplayNameByEmail(email).orElse(email);
	}

	@Transactional(readOnly = true)
	public UUID idOf(String email) {
		return this.users.findByEmailIgnoreCase(email).orElseThrow().getId();
	}

}
