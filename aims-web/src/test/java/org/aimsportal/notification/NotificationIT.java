package org.aimsportal.notification;

import java.time.LocalDate;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.aimsportal.app.notification.ReviewReminderJob;
import org.aimsportal.app.security.CurrentUserNames;
import org.aimsportal.domain.system.AiSystemDetails;
import org.aimsportal.lifecycle.inventory.AiSystemService;
import org.aimsportal.lifecycle.inventory.OrganisationalUnitService;
import org.aimsportal.lifecycle.inventory.RegisterAiSystemCommand;
import org.aimsportal.support.AiSystemMother;
import org.aimsportal.support.AimsIntegrationTest;
import org.aimsportal.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@AimsIntegrationTest
class NotificationIT {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(
			new ServerSetup(AimsIntegrationTest.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	AiSystemService systems;

	@Autowired
	CurrentUserNames header;

	@Autowired
	ReviewReminderJob reminders;

	@Autowired
	OrganisationalUnitService units;

	@Autowired
	CurrentUserNames users;

	@Test
	@WithUserDetails(DemoUsers.VIEWER)
	void aProposalReachesTheComplianceOfficersInAppAndByMail() throws Exception {
		long before = unread(DemoUsers.COMPLIANCE);
		this.systems.propose(AiSystemMother.harmless("Translation helper", this.users.idOf(DemoUsers.VIEWER),
				this.units.all().get(0).getId()).withStage(org.aimsportal.domain.system.LifecycleStage.CONCEPT));
		assertThat(unread(DemoUsers.COMPLIANCE)).isEqualTo(before + 1);
		assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage message = mail.getReceivedMessages()[mail.getReceivedMessages().length - 1];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(DemoUsers.COMPLIANCE);
		assertThat(message.getSubject()).contains("Translation helper");
	}

	@Test
	@WithUserDetails(DemoUsers.COMPLIANCE)
	void theDailyReminderTellsTheOwnerOnceAboutADueReview() {
		AiSystemDetails due = AiSystemMother.harmless("Due for review", this.users.idOf(DemoUsers.EXECUTIVE),
				this.units.all().get(0).getId()).withNextReviewDate(LocalDate.now().plusDays(3));
		this.systems.register(new RegisterAiSystemCommand("NOT-REM-1", due));
		long before = unread(DemoUsers.EXECUTIVE);
		this.reminders.sendReminders();
		assertThat(unread(DemoUsers.EXECUTIVE)).isEqualTo(before + 1);
		this.reminders.sendReminders();
		assertThat(unread(DemoUsers.EXECUTIVE)).as("a second run does not repeat the reminder").isEqualTo(before + 1);
	}

	/** What the bell in the page header shows. */
	private long unread(String email) {
		return this.header.header(email).unreadNotifications();
	}

}
