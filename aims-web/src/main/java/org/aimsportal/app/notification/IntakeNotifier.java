package org.aimsportal.app.notification;

import java.util.EnumSet;

import org.aimsportal.domain.system.AiSystemRegistered;
import org.aimsportal.domain.system.IntakeStatus;
import org.aimsportal.domain.user.Role;
import org.aimsportal.domain.user.UserAccountRepository;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A proposed use case lands in every compliance officer's notifications. */
@Component
class IntakeNotifier {

	private final NotificationService notifications;

	private final UserAccountRepository users;

	IntakeNotifier(NotificationService notifications, UserAccountRepository users) {
		this.notifications = notifications;
		this.users = users;
	}

	@EventListener
	void on(AiSystemRegistered event) {
		if (event.intakeStatus() == IntakeStatus.AWAITING_REVIEW) {
			this.notifications.notify(this.users.findEnabledWithAnyRole(EnumSet.of(Role.COMPLIANCE_OFFICER)),
					"New AI use case proposed: " + event.name(),
					event.referenceCode() + " waits in the intake queue for review.",
					"/ai-systems/" + event.systemId(), null);
		}
	}

}
