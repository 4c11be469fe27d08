package org.aimsportal.app.security;

import java.util.UUID;

import org.aimsportal.domain.user.UserAccountRepository;
import org.aimsportal.domain.user.UserHeader;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Resolves the signed-in principal (an e-mail address) to the person's name and id. */
@Component
public class CurrentUserNames {

	private final UserAccountRepository users;

	CurrentUserNames(UserAccountRepository users) {
		this.users = users;
	}

	/** The signed-in user's name and unread notifications, for the page header, in one query. */
	@Transactional(readOnly = true)
	public UserHeader header(String email) {
		return this.users.findHeaderByEmail(email).orElse(new UserHeader(email, 0));
	}

	@Transactional(readOnly = true)
	public UUID idOf(String email) {
		return this.users.findByEmailIgnoreCase(email).orElseThrow().getId();
	}

}
