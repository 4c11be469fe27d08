package org.aimsportal.app.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.UUID;

import org.aimsportal.domain.notification.Notification;
import org.aimsportal.domain.notification.NotificationRepository;
import org.aimsportal.domain.user.UserAccount;
import org.aimsportal.domain.user.UserAccountRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notification centre: in-app messages, mirrored by e-mail when SMTP is configured. */
@Service
@Transactional(readOnly = true)
public class NotificationService {

	private final NotificationRepository notifications;

	private final UserAccountRepository users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NotificationService(NotificationRepository notifications, UserAccountRepository users,
			ApplicationEventPublisher events, Clock clock) {
		this.notifications = notifications;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Notifies each recipient once; with a {@code dedupKey} a recipient who already has that message is
	 * skipped, so a job that runs twice does not nag.
	 */
	@Transactional
	public int notify(Collection<UserAccount> recipients, String title, String body, @Nullable String link,
			@Nullable String dedupKey) {
		int sent = 0;
		for (UserAccount recipient : recipients) {
			if (dedupKey != null && this.notifications.existsByRecipientIdAndDedupKey(recipient.getId(), dedupKey)) {
				continue;
			}
			this.notifications
				.save(new Notification(recipient.getId(), title, body, link, dedupKey, this.clock.instant()));
			this.events.publishEvent(new NotificationCreated(recipient.getEmail(), title, body, link));
			sent++;
		}
		return sent;
	}

	@PreAuthorize("isAuthenticated()")
	public Page<Notification> inbox(String email, int page) {
		UUID id = this.users.findByEmailIgnoreCase(email).orElseThrow().getId();
		return this.notifications.findByRecipientIdOrderByCreatedAtDesc(id, PageRequest.of(Math.max(page, 0), 25));
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void markRead(String email, UUID notificationId) {
		UUID id = this.users.findByEmailIgnoreCase(email).orElseThrow().getId();
		this.notifications.findByIdAndRecipientId(notificationId, id).ifPresent((n) -> {
			n.markRead(this.clock.instant());
			this.notifications.save(n);
		});
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public int markAllRead(String email) {
		UUID id = this.users.findByEmailIgnoreCase(email).orElseThrow().getId();
		return this.notifications.markAllRead(id);
	}

	/** Published for each stored notification; the mailer sends it once the transaction commits. */
	public record NotificationCreated(String email, String title, String body, @Nullable String link) {
	}

}
