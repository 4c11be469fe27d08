package org.aimsportal.domain.user;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginAttemptTests {

	private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	private static final Duration LOCK = Duration.ofMinutes(15);

	@Test
	void locksAfterTheLastAllowedFailureAndUnlocksWhenTheTimeIsUp() {
		LoginAttempt attempt = new LoginAttempt("a@example.org");
		for (int i = 0; i < 4; i++) {
			attempt.recordFailure(NOW, 5, LOCK);
		}
		assertThat(attempt.isLocked(NOW)).isFalse();
		attempt.recordFailure(NOW, 5, LOCK);
		assertThat(attempt.isLocked(NOW.plusSeconds(60))).isTrue();
		assertThat(attempt.isLocked(NOW.plus(LOCK))).isFalse();
	}

	@Test
	void aFailureAfterAnExpiredLockStartsCountingAgain() {
		LoginAttempt attempt = new LoginAttempt("a@example.org");
		for (int i = 0; i < 5; i++) {
			attempt.recordFailure(NOW, 5, LOCK);
		}
		attempt.recordFailure(NOW.plus(LOCK).plusSeconds(1), 5, LOCK);
		assertThat(attempt.getFailedAttempts()).isEqualTo(1);
		assertThat(attempt.isLocked(NOW.plus(LOCK).plusSeconds(2))).isFalse();
	}

}
