package org.aimsportal.domain.shared;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Base of every editable aggregate: an assigned id, an optimistic-locking version and who changed it
 * when. Every change to a subclass is also written to the audit trail.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedEntity<A extends AuditedEntity<A>> extends AbstractAggregateRoot<A> {

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	@CreatedDate
	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@CreatedBy
	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@LastModifiedDate
	@Column(name = "last_modified_at", nullable = false)
	private Instant lastModifiedAt;

	@LastModifiedBy
	@Column(name = "last_modified_by", nullable = false)
	private String lastModifiedBy;

	protected AuditedEntity() {
		this.id = UUID.randomUUID();
	}

	public UUID getId() {
		return this.id;
	}

	public @Nullable Long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getLastModifiedAt() {
		return this.lastModifiedAt;
	}

	public String getLastModifiedBy() {
		return this.lastModifiedBy;
	}

	/** The id used in the audit trail; entities with natural keys override it. */
	public String auditId() {
		return this.id.toString();
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof AuditedEntity<?> that && this.id.equals(that.id));
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
