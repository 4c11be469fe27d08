package org.aimsportal.app;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the portal itself ({@code aims.*}).
 *
 * @param dataDir where the embedded database keeps its files
 * @param demo demo mode: {@code null} means "on with the embedded database, off with an external one"
 * @param demoPassword the password of every demo user (demo mode only)
 * @param adminEmail the first administrator, created when no user exists outside demo mode
 * @param adminPassword that administrator's initial password
 * @param maxFailedLogins failed sign-ins before an address is locked
 * @param loginLockDuration how long it stays locked
 * @param mailFrom sender address of e-mail notifications; e-mail is off while it is empty
 * @param baseUrl the address users reach the portal at, for links in e-mails
 */
@ConfigurationProperties("aims")
public record AimsProperties(Path dataDir, @Nullable Boolean demo, String demoPassword, @Nullable String adminEmail,
		@Nullable String adminPassword, int maxFailedLogins, Duration loginLockDuration, @Nullable String mailFrom,
		String baseUrl) {

}
