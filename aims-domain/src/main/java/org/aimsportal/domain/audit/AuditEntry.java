package org.aimsportal.domain.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One entry of the append-only audit trail, as read back. Entries are written by {@link AuditTrailWriter}. */
@Entity
@Immutable
@Table(name = "audit_entries")
public class AuditEntry {

	@Id
	private Long id;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	private String actor;

	@Column(name = "entity_type")
	private String entityType;

	@Column(name = "entity_id")
	private String entityId;

	private String action;

	/** JSON object: field name to {@code {"before": …, "after": …}}. */
	private String changes;

	@Column(name = "prev_hash")
	private String prevHash;

	private String hash;

	protected AuditEntry() {
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public String getEntityId() {
		return this.entityId;
	}

	public String getAction() {
		return this.action;
	}

	public String getChanges() {
		return this.changes;
	}

	public String getPrevHash() {
		return this.prevHash;
	}

	public String getHash() {
		return this.hash;
	}

	/** The hash this entry should carry given its content and the previous entry's hash. */
	public String expectedHash(String previousHash) {
		return AuditHashing.hash(previousHash, this.occurredAt, this.actor, this.entityType, this.entityId,
				this.action, this.changes);
	}

}
