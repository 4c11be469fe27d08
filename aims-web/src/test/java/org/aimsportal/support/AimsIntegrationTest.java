package org.aimsportal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The full application on real PostgreSQL with the demo organisation loaded, on a random port. Every IT
 * uses exactly this configuration so that Spring's context cache starts the application once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "aims.demo=true", "aims.demo-password=" + AimsIntegrationTest.PASSWORD,
				"aims.reminders.cron=-", "spring.mail.host=localhost", "spring.mail.port=" + AimsIntegrationTest.SMTP_PORT,
				"aims.mail-from=aims@test.example", "spring.jpa.properties.hibernate.generate_statistics=true",
				"logging.level.org.aimsportal.web.support.RequestLog=WARN" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@AutoConfigureMockMvc
public @interface AimsIntegrationTest {

	String PASSWORD = "test-demo-password";

	int SMTP_PORT = 3925;

}
