package org.aimsportal.app.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.aimsportal.app.AimsProperties;
import org.aimsportal.app.DemoMode;
import org.aimsportal.app.security.DemoAccounts;
import org.aimsportal.app.security.SystemActor;
import org.aimsportal.domain.user.Role;
import org.aimsportal.lifecycle.inventory.OrganisationalUnitService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** In demo mode, fills an empty database with demo users and the demo organisation, once. */
@Component
class DemoDataLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final String ENGINEER = "engineer@aims.example";

	private static final String VIEWER = "viewer@aims.example";

	private final DemoMode demoMode;

	private final DemoAccounts accounts;

	private final DemoData data;

	private final OrganisationalUnitService units;

	private final AimsProperties properties;

	DemoDataLoader(DemoMode demoMode, DemoAccounts accounts, DemoData data, OrganisationalUnitService units,
			AimsProperties properties) {
		this.demoMode = demoMode;
		this.accounts = accounts;
		this.data = data;
		this.units = units;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.demoMode.isEnabled() || this.accounts.anyUserExists()) {
			return;
		}
		String password = this.properties.demoPassword();
		SystemActor.run("demo-loader", () -> {
			Map<String, UUID> ids = new HashMap<>();
			DemoData.USERS.forEach((email, role) -> ids.put(email,
					this.accounts.create(email, DemoData.nameOf(email), password, role)));
			ids.put(ENGINEER, this.accounts.create(ENGINEER, DemoData.nameOf(ENGINEER), password, Role.AI_SYSTEM_OWNER));
			this.data.load(ids);
		});
		// The proposal is made by the viewer so that the intake queue shows a real proposer.
		SystemActor.run(VIEWER,
				() -> this.data.proposeUseCase(this.accounts.idOf(VIEWER), this.units.all().get(0).getId()));
		log.info("Loaded the demo organisation");
	}

}
