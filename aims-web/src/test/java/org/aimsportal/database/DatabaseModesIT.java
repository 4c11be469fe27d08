package org.aimsportal.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.aimsportal.AimsApplication;
import org.aimsportal.app.security.SystemActor;
import org.aimsportal.lifecycle.inventory.OrganisationalUnitService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The two ways the portal finds its database, each started as a user would start it. */
class DatabaseModesIT {

	static EmbeddedPostgres external;

	@BeforeAll
	static void startSeparateServer() throws Exception {
		external = EmbeddedPostgres.builder().start();
		try (Connection c = external.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("create database no_admin");
			s.execute("create database with_admin");
		}
	}

	@AfterAll
	static void stopSeparateServer() throws Exception {
		external.close();
	}

	@Test
	void anExternalDatabaseWithoutUsersNeedsAConfiguredAdministrator() {
		assertThatThrownBy(() -> start("spring.datasource.url=" + external.getJdbcUrl("postgres", "no_admin"),
				"spring.datasource.username=postgres", "spring.datasource.password=postgres").close())
			.hasStackTraceContaining("AIMS_ADMIN_EMAIL");
	}

	@Test
	void anExternalDatabaseGetsTheConfiguredAdministratorAndNoDemoData() {
		try (ConfigurableApplicationContext app = start(
				"spring.datasource.url=" + external.getJdbcUrl("postgres", "with_admin"),
				"spring.datasource.username=postgres", "spring.datasource.password=postgres",
				"aims.admin-email=first.admin@example.org", "aims.admin-password=a-long-secret-passphrase")) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select email from users").query(String.class).list())
				.containsExactly("first.admin@example.org");
			assertThat(jdbc.sql("select role from user_roles").query(String.class).list()).containsExactly("ADMIN");
			assertThat(jdbc.sql("select count(*) from ai_systems").query(Long.class).single()).isZero();
			assertThat(jdbc.sql("select count(*) from catalogue_entries").query(Long.class).single()).isEqualTo(110);
		}
	}

	@Test
	void theEmbeddedDatabaseKeepsItsDataAcrossRestarts(@TempDir Path dataDir) {
		long demoSystems;
		try (ConfigurableApplicationContext first = start("aims.data-dir=" + dataDir)) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			demoSystems = jdbc.sql("select count(*) from ai_systems").query(Long.class).single();
			assertThat(demoSystems).as("demo organisation loaded").isGreaterThanOrEqualTo(12);
			SystemActor.run("restart-test",
					() -> first.getBean(OrganisationalUnitService.class).create("Entered before restart", "EU"));
		}
		assertThat(Files.isDirectory(dataDir.resolve("postgres"))).isTrue();
		try (ConfigurableApplicationContext second = start("aims.data-dir=" + dataDir)) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select name from organisational_units").query(String.class).list())
				.contains("Entered before restart");
			assertThat(jdbc.sql("select count(*) from ai_systems").query(Long.class).single())
				.as("demo data is not loaded twice").isEqualTo(demoSystems);
		}
	}

	private static ConfigurableApplicationContext start(String... properties) {
		List<String> all = new java.util.ArrayList<>(List.of(properties));
		all.add("server.port=0");
		all.add("aims.reminders.cron=-");
		all.add("logging.level.root=WARN");
		// Command-line arguments outrank application.yml, as the environment variables of a real start do.
		return new SpringApplicationBuilder(AimsApplication.class)
			.run(all.stream().map((p) -> "--" + p).toArray(String[]::new));
	}

}
