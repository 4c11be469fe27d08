package org.aimsportal.domain.user;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A personal API token. Only its SHA-256 is stored; the secret is shown once at creation. */
@Entity
@Table(name = "api_tokens")
public class ApiToken {

	@Id
	private UUID id;

	@Column(name = "user_id")
	private UUID userId;

	private String name;

	@Column(name = "token_prefix")
	private String tokenPrefix;

	@Column(name = "token_hash")
	private String tokenHash;

	@Enumerated(EnumType.STRING)
	private TokenScope scope;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private @Nullable Instant expiresAt;

	@Column(name = "last_used_at")
	private @Nullable Instant lastUsedAt;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	protected ApiToken() {
	}

	public ApiToken(UUID userId, String name, String tokenPrefix, String tokenHash, TokenScope scope, Instant now,
			@Nullable Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.name = name;
		this.tokenPrefix = tokenPrefix;
		this.tokenHash = tokenHash;
		this.scope = scope;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	public boolean isUsable(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || now.isBefore(this.expiresAt));
	}

	public void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	public void markUsed(Instant now) {
		this.lastUsedAt = now;
	}

	public UUID getId() {
		return this.id;
	}

	public UUID getUserId() {
		return this.userId;
	}

	public String getName() {
		return this.name;
	}

	public String getTokenPrefix() {
		return this.tokenPrefix;
	}

	public TokenScope getScope() {
		return this.scope;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable Instant getExpiresAt() {
		return this.expiresAt;
	}

	public @Nullable Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	public @Nullable Instant getRevokedAt() {
		return this.revokedAt;
	}

}
