package org.aimsportal.domain.user;

/** What a user may do in the portal. */
public enum Role {

	/** Manages users, configuration and methodology. */
	ADMIN,
	/** Maintains every register. */
	COMPLIANCE_OFFICER,
	/** Maintains the systems they own. */
	AI_SYSTEM_OWNER,
	/** Reads everything and records audit results, but edits no register, for independence. */
	AUDITOR,
	/** Reads dashboards, runs management review and accepts risks above appetite. */
	EXECUTIVE,
	/** Reads. */
	VIEWER;

	/** The authority Spring Security checks, such as {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
