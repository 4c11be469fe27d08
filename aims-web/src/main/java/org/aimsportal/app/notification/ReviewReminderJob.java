package org.aimsportal.app.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.aimsportal.app.security.SystemActor;
import org.aimsportal.domain.system.AiSystem;
import org.aimsportal.domain.system.AiSystemRepository;
import org.aimsportal.domain.user.UserAccount;
import org.aimsportal.domain.user.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, reminds the owners of systems whose review date is within two weeks or past. ShedLock
 * makes several portal instances run it once.
 */
@Component
public class ReviewReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReviewReminderJob.class);

	static final int LOOKAHEAD_DAYS = 14;

	private final AiSystemRepository systems;

	private final UserAccountRepository users;

	private final NotificationService notifications;

	private final Clock clock;

	ReviewReminderJob(AiSystemRepository systems, UserAccountRepository users, NotificationService notifications,
			Clock clock) {
		this.systems = systems;
		this.users = users;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Scheduled(cron = "${aims.reminders.cron:0 0 7 * * *}")
	@SchedulerLock(name = "review-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void runScheduled() {
		SystemActor.run("system", this::sendReminders);
	}

	/** Sends the reminders due today; returns how many notifications were created. */
	@Transactional
	public int sendReminders() {
		LocalDate today = LocalDate.now(this.clock);
		List<AiSystem> due = this.systems.findActiveWithReviewDueBy(today.plusDays(LOOKAHEAD_DAYS));
		Map<UUID, UserAccount> owners = this.users.findByIdIn(due.stream().map(AiSystem::getBusinessOwnerId).toList())
			.stream()
			.collect(Collectors.toMap(UserAccount::getId, Function.identity()));
		int sent = 0;
		for (AiSystem system : due) {
			UserAccount owner = owners.get(system.getBusinessOwnerId());
			LocalDate date = system.details().nextReviewDate();
			String when = date.isBefore(today) ? "was due on " + date : "is due on " + date;
			sent += this.notifications.notify(List.of(owner),
					"Review due: " + system.getName(), "The periodic review of " + system.getReferenceCode() + " "
							+ when + ".",
					"/ai-systems/" + system.getId(), "review:" + system.getId() + ":" + date);
		}
		log.info("Review reminders: {} systems due, {} notifications sent", due.size(), sent);
		return sent;
	}

}
