package org.aimsportal.web.admin;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.aimsportal.domain.user.Role;
import org.jspecify.annotations.Nullable;

public class NewUserFormData {

	@NotBlank
	@Email
	private @Nullable String email;

	@NotBlank
	@Size(max = 200)
	private @Nullable String displayName;

	@NotBlank
	@Size(min = 12, max = 200, message = "{admin.users.weak}")
	private @Nullable String password;

	@NotEmpty(message = "{admin.users.rolesRequired}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	public @Nullable String getEmail() { return this.email; }
	public void setEmail(@Nullable String v) { this.email = v; }
	public @Nullable String getDisplayName() { return this.displayName; }
	public void setDisplayName(@Nullable String v) { this.displayName = v; }
	public @Nullable String getPassword() { return this.password; }
	public void setPassword(@Nullable String v) { this.password = v; }
	public Set<Role> getRoles() { return this.roles; }
	public void setRoles(@Nullable Set<Role> v) { this.roles = (v != null) ? v : EnumSet.noneOf(Role.class); }

}
