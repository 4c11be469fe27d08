package org.aimsportal.app.notification;

import org.aimsportal.app.AimsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mirrors notifications by e-mail when {@code spring.mail.host} and {@code aims.mail-from} are set. Runs
 * after commit, so nobody gets mail about a change that was rolled back.
 */
@Component
class MailNotifier {

	private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final AimsProperties properties;

	MailNotifier(ObjectProvider<JavaMailSender> mailSender, AimsProperties properties) {
		this.mailSender = mailSender;
		this.properties = properties;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(NotificationService.NotificationCreated notification) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		String from = this.properties.mailFrom();
		if (sender == null || from == null || from.isBlank()) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(notification.email());
		message.setSubject("[AIMS Portal] " + notification.title());
		String link = (notification.link() != null) ? "\n\n" + this.properties.baseUrl() + notification.link() : "";
		message.setText(notification.body() + link);
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			// The in-app notification is stored; a mail outage must not fail the user's action.
			log.warn("Could not send a notification e-mail: {}", ex.getMessage());
		}
	}

}
