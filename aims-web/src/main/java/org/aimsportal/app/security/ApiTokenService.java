package org.aimsportal.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aimsportal.domain.user.ApiToken;
import org.aimsportal.domain.user.ApiTokenRepository;
import org.aimsportal.domain.user.TokenScope;
import org.aimsportal.domain.user.UserAccount;
import org.aimsportal.domain.user.UserAccountRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: created for the signed-in user, shown once, stored as a SHA-256 hash. */
@Service
@Transactional(readOnly = true)
public class ApiTokenService {

	static final String PREFIX = "aims_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private final ApiTokenRepository tokens;

	private final UserAccountRepository users;

	private final Clock clock;

	ApiTokenService(ApiTokenRepository tokens, UserAccountRepository users, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	public List<ApiToken> tokensOf(String email) {
		return this.tokens.findByUserIdOrderByCreatedAtDesc(user(email).getId());
	}

	/** Creates a token and returns its secret, which is not stored and cannot be shown again. */
	@PreAuthorize("isAuthenticated() and #email == authentication.name")
	@Transactional
	public String create(String email, String name, TokenScope scope, @Nullable Integer validDays) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		Instant expires = (validDays != null) ? now.plus(Duration.ofDays(validDays)) : null;
		this.tokens.save(new ApiToken(user(email).getId(), name, secret.substring(0, 12), hash(secret), scope, now,
				expires));
		return secret;
	}

	@PreAuthorize("isAuthenticated() and #email == authentication.name")
	@Transactional
	public void revoke(String email, UUID tokenId) {
		this.tokens.findByIdAndUserId(tokenId, user(email).getId()).ifPresent((t) -> {
			t.revoke(this.clock.instant());
			this.tokens.save(t);
		});
	}

	/** The token's owner and scope when the secret is valid, unexpired and not revoked. */
	@Transactional
	public Optional<TokenHolder> authenticate(String secret) {
		Instant now = this.clock.instant();
		return this.tokens.findByTokenHash(hash(secret)).filter((t) -> t.isUsable(now)).flatMap((token) -> {
			Instant lastUsed = token.getLastUsedAt();
			if (lastUsed == null || lastUsed.isBefore(now.minus(TOUCH_INTERVAL))) {
				token.markUsed(now);
				this.tokens.save(token);
			}
			return this.users.findById(token.getUserId())
				.filter(UserAccount::isEnabled)
				.map((user) -> new TokenHolder(user, token.getScope()));
		});
	}

	private UserAccount user(String email) {
		return this.users.findByEmailIgnoreCase(email).orElseThrow();
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public record TokenHolder(UserAccount user, TokenScope scope) {
	}

}
