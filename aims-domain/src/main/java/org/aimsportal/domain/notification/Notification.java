package org.aimsportal.domain.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A message for one user in the notification centre. */
@Entity
@Table(name = "notifications")
public class Notification {

	@Id
	private UUID id;

	@Column(name = "recipient_id")
	private UUID recipientId;

	private String title;

	private String body;

	private @Nullable String link;

	/** Set for reminders so that a job running twice tells a user only once. */
	@Column(name = "dedup_key")
	private @Nullable String dedupKey;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "read_at")
	private @Nullable Instant readAt;

	protected Notification() {
	}

	public Notification(UUID recipientId, String title, String body, @Nullable String link,
			@Nullable String dedupKey, Instant now) {
		this.id = UUID.randomUUID();
		this.recipientId = recipientId;
		this.title = title;
		this.body = body;
		this.link = link;
		this.dedupKey = dedupKey;
		this.createdAt = now;
	}

	public void markRead(Instant now) {
		if (this.readAt == null) {
			this.readAt = now;
		}
	}

	public UUID getId() {
		return this.id;
	}

	public UUID getRecipientId() {
		return this.recipientId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public @Nullable String getLink() {
		return this.link;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable Instant getReadAt() {
		return this.readAt;
	}

	public boolean isUnread() {
		return this.readAt == null;
	}

}
