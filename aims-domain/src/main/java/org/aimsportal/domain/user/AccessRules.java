package org.aimsportal.domain.user;

/** Method-security expressions, in one place so that services and tests use the same rules. */
public final class AccessRules {

	public static final String SIGNED_IN = "isAuthenticated()";

	public static final String MAINTAIN_INVENTORY = "hasAnyRole('ADMIN', 'COMPLIANCE_OFFICER', 'AI_SYSTEM_OWNER')";

	public static final String MANAGE_REGISTERS = "hasAnyRole('ADMIN', 'COMPLIANCE_OFFICER')";

	public static final String READ_TRAIL = "hasAnyRole('ADMIN', 'AUDITOR', 'COMPLIANCE_OFFICER')";

	public static final String ADMINISTER = "hasRole('ADMIN')";

	private AccessRules() {
	}

}
