package org.aimsportal.app;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the portal where it is and, in demo mode, how to sign in. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	static final List<String> DEMO_LOGINS = List.of("admin@aims.example (ADMIN)",
			"compliance@aims.example (COMPLIANCE_OFFICER)", "owner@aims.example (AI_SYSTEM_OWNER)",
			"auditor@aims.example (AUDITOR)", "executive@aims.example (EXECUTIVE)", "viewer@aims.example (VIEWER)");

	private final DemoMode demoMode;

	private final AimsProperties properties;

	StartupBanner(DemoMode demoMode, AimsProperties properties) {
		this.demoMode = demoMode;
		this.properties = properties;
	}

	@EventListener
	void on(ApplicationReadyEvent event) {
		int port = (event.getApplicationContext() instanceof WebServerApplicationContext web)
				? web.getWebServer().getPort() : 8080;
		StringBuilder text = new StringBuilder("\n\n  AIMS Portal is running at http://localhost:" + port + "\n");
		if (this.demoMode.isEnabled()) {
			text.append("  Demo mode: sign in with any of these, password '")
				.append(this.properties.demoPassword())
				.append("':\n");
			DEMO_LOGINS.forEach((login) -> text.append("    ").append(login).append('\n'));
		}
		log.info(text.toString());
	}

}
