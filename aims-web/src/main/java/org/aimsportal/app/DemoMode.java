package org.aimsportal.app;

import org.aimsportal.app.database.EmbeddedDatabaseCondition;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Whether demo users and demo data are loaded: on by default with the embedded database only. */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(AimsProperties properties, Environment environment) {
		this.enabled = (properties.demo() != null) ? properties.demo()
				: EmbeddedDatabaseCondition.usesEmbeddedDatabase(environment);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

}
