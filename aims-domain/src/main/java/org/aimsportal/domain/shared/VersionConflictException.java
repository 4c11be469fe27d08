package org.aimsportal.domain.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The record changed since the user loaded it. Carries both versions so that the user can be shown
 * what changed instead of having their edit silently overwrite someone else's.
 */
public class VersionConflictException extends OptimisticLockingFailureException {

	private final long expectedVersion;

	private final long currentVersion;

	public VersionConflictException(String entity, long expectedVersion, long currentVersion) {
		super(entity + " was changed by someone else (you edited version " + expectedVersion
				+ ", the current version is " + currentVersion + ")");
		this.expectedVersion = expectedVersion;
		this.currentVersion = currentVersion;
	}

	public long expectedVersion() {
		return this.expectedVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

	/** Throws when the version the user saw is not the one stored now. */
	public static void check(String entity, long seen, @org.jspecify.annotations.Nullable Long current) {
		long now = (current != null) ? current : 0L;
		if (seen != now) {
			throw new VersionConflictException(entity, seen, now);
		}
	}

}
