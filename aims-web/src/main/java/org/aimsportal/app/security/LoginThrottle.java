package org.aimsportal.app.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.aimsportal.app.AimsProperties;
import org.aimsportal.domain.user.LoginAttempt;
import org.aimsportal.domain.user.LoginAttemptRepository;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Locks an address for a while after repeated failed sign-ins, and clears it on success. */
@Service
public class LoginThrottle {

	private final LoginAttemptRepository attempts;

	private final AimsProperties properties;

	private final Clock clock;

	LoginThrottle(LoginAttemptRepository attempts, AimsProperties properties, Clock clock) {
		this.attempts = attempts;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean isLocked(String email) {
		return lockedUntil(email).isPresent();
	}

	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String email) {
		Instant now = this.clock.instant();
		return this.attempts.findById(key(email)).filter((a) -> a.isLocked(now)).map(LoginAttempt::getLockedUntil);
	}

	@EventListener
	@Transactional
	public void on(AuthenticationFailureBadCredentialsEvent event) {
		String email = key(event.getAuthentication().getName());
		LoginAttempt attempt = this.attempts.findById(email).orElseGet(() -> new LoginAttempt(email));
		attempt.recordFailure(this.clock.instant(), this.properties.maxFailedLogins(),
				this.properties.loginLockDuration());
		this.attempts.save(attempt);
	}

	@EventListener
	@Transactional
	public void on(AuthenticationSuccessEvent event) {
		String email = key(event.getAuthentication().getName());
		if (this.attempts.findById(email).isPresent()) {
			this.attempts.deleteById(email);
		}
	}

	private static String key(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

}
