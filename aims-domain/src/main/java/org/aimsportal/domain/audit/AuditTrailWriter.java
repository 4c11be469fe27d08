package org.aimsportal.domain.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Appends one entry to the chain on the caller's connection, so it commits or rolls back with the
 * change it records. A transaction-scoped advisory lock serialises appends, which keeps the chain a
 * single line even with many writers.
 */
final class AuditTrailWriter {

	private static final long CHAIN_LOCK = 42001L;

	private AuditTrailWriter() {
	}

	static void append(Connection connection, String actor, String entityType, String entityId, AuditAction action,
			String changes) throws SQLException {
		try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
			lock.setLong(1, CHAIN_LOCK);
			lock.execute();
		}
		String previous = AuditHashing.GENESIS;
		try (PreparedStatement last = connection
			.prepareStatement("select hash from audit_entries order by id desc limit 1");
				ResultSet rs = last.executeQuery()) {
			if (rs.next()) {
				previous = rs.getString(1);
			}
		}
		// PostgreSQL keeps microseconds; hashing the same precision makes verification reproducible.
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		String hash = AuditHashing.hash(previous, now, actor, entityType, entityId, action.name(), changes);
		try (PreparedStatement insert = connection.prepareStatement("insert into audit_entries (occurred_at, actor,"
				+ " entity_type, entity_id, action, changes, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
			insert.setTimestamp(1, Timestamp.from(now));
			insert.setString(2, actor);
			insert.setString(3, entityType);
			insert.setString(4, entityId);
			insert.setString(5, action.name());
			insert.setString(6, changes);
			insert.setString(7, previous);
			insert.setString(8, hash);
			insert.executeUpdate();
		}
	}

}
