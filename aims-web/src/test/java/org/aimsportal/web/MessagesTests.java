package org.aimsportal.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.aimsportal.domain.audit.AuditAction;
import org.aimsportal.domain.catalogue.CatalogueKind;
import org.aimsportal.domain.catalogue.Provenance;
import org.aimsportal.domain.system.AutonomyLevel;
import org.aimsportal.domain.system.DataCategory;
import org.aimsportal.domain.system.DeploymentContext;
import org.aimsportal.domain.system.EuAiActRole;
import org.aimsportal.domain.system.EuRiskTier;
import org.aimsportal.domain.system.HighStakesDomain;
import org.aimsportal.domain.system.IntakeStatus;
import org.aimsportal.domain.system.Iso22989Role;
import org.aimsportal.domain.system.LifecycleStage;
import org.aimsportal.domain.system.ProviderType;
import org.aimsportal.domain.system.TriageOutcome;
import org.aimsportal.domain.triage.TriageRule;
import org.aimsportal.domain.user.Role;
import org.aimsportal.domain.user.TokenScope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** All UI text comes from messages.properties: no page may show a missing key. */
class MessagesTests {

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	private static Properties messages() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/messages.properties")) {
			properties.load(in);
		}
		return properties;
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((p) -> p.toString().endsWith(".html")).toList()) {
				Matcher m = LITERAL_KEY.matcher(Files.readString(template));
				while (m.find()) {
					if (!messages.containsKey(m.group(1))) {
						missing.add(template.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumShownToUsersHasALabel() throws IOException {
		Properties messages = messages();
		List<Class<? extends Enum<?>>> shown = List.of(LifecycleStage.class, DeploymentContext.class,
				HighStakesDomain.class, AutonomyLevel.class, EuRiskTier.class, ProviderType.class, DataCategory.class,
				Iso22989Role.class, EuAiActRole.class, TriageOutcome.class, IntakeStatus.class, TriageRule.class,
				Role.class, TokenScope.class, Provenance.class, AuditAction.class, CatalogueKind.class);
		List<String> missing = new ArrayList<>();
		for (Class<? extends Enum<?>> type : shown) {
			for (Enum<?> constant : type.getEnumConstants()) {
				String key = "enum." + type.getSimpleName() + "." + constant.name();
				if (!messages.containsKey(key)) {
					missing.add(key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

}
