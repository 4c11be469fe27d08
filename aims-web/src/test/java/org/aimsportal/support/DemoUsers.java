package org.aimsportal.support;

import org.aimsportal.domain.user.Role;

/** The demo users the demo loader creates, one per role. */
public final class DemoUsers {

	public static final String ADMIN = "admin@aims.example";

	public static final String COMPLIANCE = "compliance@aims.example";

	public static final String OWNER = "owner@aims.example";

	public static final String AUDITOR = "auditor@aims.example";

	public static final String EXECUTIVE = "executive@aims.example";

	public static final String VIEWER = "viewer@aims.example";

	private DemoUsers() {
	}

	public static String emailOf(Role role) {
		return switch (role) {
			case ADMIN -> ADMIN;
			case COMPLIANCE_OFFICER -> COMPLIANCE;
			case AI_SYSTEM_OWNER -> OWNER;
			case AUDITOR -> AUDITOR;
			case EXECUTIVE -> EXECUTIVE;
			case VIEWER -> VIEWER;
		};
	}

}
