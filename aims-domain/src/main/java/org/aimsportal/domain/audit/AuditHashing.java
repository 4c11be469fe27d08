package org.aimsportal.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash chain of the audit trail: SHA-256 over the previous hash and every field of the entry.
 * Each field is length-prefixed so that moving text between fields changes the hash.
 */
public final class AuditHashing {

	/** The "previous hash" of the first entry. */
	public static final String GENESIS = "0".repeat(64);

	private AuditHashing() {
	}

	public static String hash(String previousHash, Instant occurredAt, String actor, String entityType,
			String entityId, String action, String changes) {
		StringBuilder input = new StringBuilder();
		for (String part : new String[] { previousHash, occurredAt.toString(), actor, entityType, entityId, action,
				changes }) {
			input.append(part.length()).append(':').append(part).append('|');
		}
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(input.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
