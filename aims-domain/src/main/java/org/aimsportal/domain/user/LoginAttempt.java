package org.aimsportal.domain.user;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Failed sign-ins for one e-mail address. Kept per address (not per account) so that probing unknown
 * addresses is throttled too, and apart from the account so the audit trail is not flooded.
 */
@Entity
@Table(name = "login_attempts")
public class LoginAttempt {

	@Id
	private String email;

	@Column(name = "failed_attempts")
	private int failedAttempts;

	@Column(name = "locked_until")
	private @Nullable Instant lockedUntil;

	@Column(name = "last_failure_at")
	private @Nullable Instant lastFailureAt;

	protected LoginAttempt() {
	}

	public LoginAttempt(String email) {
		this.email = email;
	}

	/** Counts a failure and locks the address once {@code maxAttempts} is reached. */
	public void recordFailure(Instant now, int maxAttempts, Duration lockDuration) {
		if (this.lockedUntil != null && !now.isBefore(this.lockedUntil)) {
			this.failedAttempts = 0;
			this.lockedUntil = null;
		}
		this.failedAttempts++;
		this.lastFailureAt = now;
		if (this.failedAttempts >= maxAttempts) {
			this.lockedUntil = now.plus(lockDuration);
		}
	}

	public boolean isLocked(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	public @Nullable Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public int getFailedAttempts() {
		return this.failedAttempts;
	}

}
