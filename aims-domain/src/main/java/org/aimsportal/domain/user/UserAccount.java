package org.aimsportal.domain.user;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.aimsportal.domain.audit.AuditRedacted;
import org.aimsportal.domain.shared.AuditedEntity;

import org.springframework.util.Assert;

/** A person who signs in to the portal. */
@Entity
@Table(name = "users")
public class UserAccount extends AuditedEntity<UserAccount> {

	private String email;

	@Column(name = "display_name")
	private String displayName;

	@AuditRedacted
	@Column(name = "password_hash")
	private String passwordHash;

	private boolean enabled;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected UserAccount() {
	}

	public UserAccount(String email, String displayName, String passwordHash, Set<Role> roles) {
		Assert.hasText(email, "email is required");
		Assert.hasText(displayName, "display name is required");
		Assert.notEmpty(roles, "a user needs at least one role");
		this.email = email.trim().toLowerCase(Locale.ROOT);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.roles.addAll(roles);
	}

	public void changeRoles(Set<Role> newRoles) {
		Assert.notEmpty(newRoles, "a user needs at least one role");
		this.roles.clear();
		this.roles.addAll(newRoles);
	}

	public void rename(String newDisplayName) {
		Assert.hasText(newDisplayName, "display name is required");
		this.displayName = newDisplayName;
	}

	public void changePasswordHash(String newHash) {
		this.passwordHash = newHash;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
