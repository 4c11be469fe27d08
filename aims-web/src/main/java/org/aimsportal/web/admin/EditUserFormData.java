package org.aimsportal.web.admin;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.aimsportal.domain.user.Role;
import org.aimsportal.domain.user.UserAccount;
import org.jspecify.annotations.Nullable;

public class EditUserFormData {

	@NotBlank
	@Size(max = 200)
	private @Nullable String displayName;

	@NotEmpty(message = "{admin.users.rolesRequired}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean enabled;

	private long version;

	static EditUserFormData from(UserAccount user) {
		EditUserFormData f = new EditUserFormData();
		f.displayName = user.getDisplayName();
		f.roles = EnumSet.copyOf(user.getRoles());
		f.enabled = user.isEnabled();
		f.version = (user.getVersion() != null) ? user.getVersion() : 0;
		return f;
	}

	public @Nullable String getDisplayName() { return this.displayName; }
	public void setDisplayName(@Nullable String v) { this.displayName = v; }
	public Set<Role> getRoles() { return this.roles; }
	public void setRoles(@Nullable Set<Role> v) { this.roles = (v != null) ? v : EnumSet.noneOf(Role.class); }
	public boolean isEnabled() { return this.enabled; }
	public void setEnabled(boolean v) { this.enabled = v; }
	public long getVersion() { return this.version; }
	public void setVersion(long v) { this.version = v; }

}
