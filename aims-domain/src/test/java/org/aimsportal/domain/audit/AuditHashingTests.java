package org.aimsportal.domain.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditHashingTests {

	private static final Instant AT = Instant.parse("2026-12-03T10:00:00.123456Z");

	private static String hash(String previous, String changes) {
		return AuditHashing.hash(previous, AT, "alice@example.org", "AiSystem", "42", "UPDATE", changes);
	}

	@Test
	void isASha256HexDigest() {
		assertThat(hash(AuditHashing.GENESIS, "{}")).hasSize(64).matches("[0-9a-f]{64}");
	}

	@Test
	void isStableForTheSameInput() {
		assertThat(hash(AuditHashing.GENESIS, "{\"name\":1}")).isEqualTo(hash(AuditHashing.GENESIS, "{\"name\":1}"));
	}

	@Test
	void changesWhenTheContentChanges() {
		assertThat(hash(AuditHashing.GENESIS, "{\"name\":1}")).isNotEqualTo(hash(AuditHashing.GENESIS, "{\"name\":2}"));
	}

	@Test
	void changesWhenThePreviousHashChangesSoEntriesCannotBeReordered() {
		String first = hash(AuditHashing.GENESIS, "{}");
		assertThat(hash(first, "{}")).isNotEqualTo(hash(AuditHashing.GENESIS, "{}"));
	}

	@Test
	void movingTextBetweenFieldsChangesTheHash() {
		String a = AuditHashing.hash(AuditHashing.GENESIS, AT, "ab", "c", "1", "UPDATE", "{}");
		String b = AuditHashing.hash(AuditHashing.GENESIS, AT, "a", "bc", "1", "UPDATE", "{}");
		assertThat(a).isNotEqualTo(b);
	}

}
