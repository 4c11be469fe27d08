package org.aimsportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL 17 of this test JVM: a Testcontainers {@code postgres:17} where a Docker engine
 * answers, otherwise an embedded server with real binaries. Either way no manual setup is needed.
 */
public final class TestDatabase {

	private static Connection details;

	private TestDatabase() {
	}

	public static synchronized Connection get() {
		if (details == null) {
			details = dockerAvailable() ? startContainer() : startEmbedded();
		}
		return details;
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	private static Connection startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
		container.start();
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "container");
	}

	private static Connection startEmbedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is exiting; the temporary directory is removed with the server
				}
			}));
			try (java.sql.Connection c = postgres.getPostgresDatabase().getConnection();
					Statement s = c.createStatement()) {
				s.execute("create database aims_test");
			}
			return new Connection(postgres.getJdbcUrl("postgres", "aims_test"), "postgres", "postgres", "embedded");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public record Connection(String url, String username, String password, String kind) {
	}

}
