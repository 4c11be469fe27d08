package org.aimsportal.app.security;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aimsportal.domain.shared.VersionConflictException;
import org.aimsportal.domain.user.AccessRules;
import org.aimsportal.domain.user.Role;
import org.aimsportal.domain.user.UserAccount;
import org.aimsportal.domain.user.UserAccountRepository;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and their roles, managed by administrators. */
@Service
@Transactional(readOnly = true)
public class UserAdminService {

	public static final int MIN_PASSWORD_LENGTH = 12;

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	UserAdminService(UserAccountRepository users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	@PreAuthorize(AccessRules.SIGNED_IN)
	public List<UserAccount> all() {
		return this.users.findAllByOrderByDisplayName();
	}

	@PreAuthorize(AccessRules.SIGNED_IN)
	public UserAccount get(UUID id) {
		return this.users.getById(id);
	}

	@PreAuthorize(AccessRules.ADMINISTER)
	@Transactional
	public UUID create(String email, String displayName, String password, Set<Role> roles) {
		if (this.users.findByEmailIgnoreCase(email.trim()).isPresent()) {
			throw new DuplicateEmailException(email);
		}
		requireStrong(password);
		return this.users.save(new UserAccount(email, displayName, this.passwordEncoder.encode(password), roles))
			.getId();
	}

	@PreAuthorize(AccessRules.ADMINISTER)
	@Transactional
	public void update(UUID id, long version, String displayName, Set<Role> roles, boolean enabled) {
		UserAccount user = this.users.getById(id);
		VersionConflictException.check("User " + user.getEmail(), version, user.getVersion());
		user.rename(displayName);
		user.changeRoles(roles);
		user.setEnabled(enabled);
		this.users.save(user);
	}

	@PreAuthorize(AccessRules.ADMINISTER)
	@Transactional
	public void resetPassword(UUID id, String password) {
		requireStrong(password);
		UserAccount user = this.users.getById(id);
		user.changePasswordHash(this.passwordEncoder.encode(password));
		this.users.save(user);
	}

	/** Creates an account without a signed-in administrator: only for the first admin and demo users. */
	@Transactional
	UUID bootstrap(String email, String displayName, String password, Set<Role> roles) {
		return this.users.save(new UserAccount(email, displayName, this.passwordEncoder.encode(password), roles))
			.getId();
	}

	@Transactional(readOnly = true)
	long countUsers() {
		return this.users.count();
	}

	private static void requireStrong(String password) {
		if (password.length() < MIN_PASSWORD_LENGTH) {
			throw new WeakPasswordException();
		}
	}

	/** Another account already uses the address. */
	public static class DuplicateEmailException extends RuntimeException {

		DuplicateEmailException(String email) {
			super("Another account already uses " + email);
		}

	}

	/** The password is shorter than {@link #MIN_PASSWORD_LENGTH}. */
	public static class WeakPasswordException extends RuntimeException {

		WeakPasswordException() {
			super("Passwords need at least " + MIN_PASSWORD_LENGTH + " characters");
		}

	}

}
