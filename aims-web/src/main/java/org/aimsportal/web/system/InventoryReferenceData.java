package org.aimsportal.web.system;

import java.util.List;

import org.aimsportal.app.security.UserAdminService;
import org.aimsportal.domain.system.AutonomyLevel;
import org.aimsportal.domain.system.DataCategory;
import org.aimsportal.domain.system.DeploymentContext;
import org.aimsportal.domain.system.EuAiActRole;
import org.aimsportal.domain.system.EuRiskTier;
import org.aimsportal.domain.system.HighStakesDomain;
import org.aimsportal.domain.system.Iso22989Role;
import org.aimsportal.domain.system.LifecycleStage;
import org.aimsportal.domain.system.ProviderType;
import org.aimsportal.domain.system.TriageOutcome;
import org.aimsportal.lifecycle.inventory.OrganisationalUnitService;
import org.aimsportal.web.support.Option;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The select lists every inventory page offers: enums, people and units. */
@Component
class InventoryReferenceData {

	private final UserAdminService users;

	private final OrganisationalUnitService units;

	InventoryReferenceData(UserAdminService users, OrganisationalUnitService units) {
		this.users = users;
		this.units = units;
	}

	void addTo(Model model) {
		model.addAttribute("stages", LifecycleStage.values());
		model.addAttribute("tiers", EuRiskTier.values());
		model.addAttribute("triageOutcomes", TriageOutcome.values());
		model.addAttribute("contexts", DeploymentContext.values());
		model.addAttribute("domains", HighStakesDomain.values());
		model.addAttribute("autonomyLevels", AutonomyLevel.values());
		model.addAttribute("providerTypes", ProviderType.values());
		model.addAttribute("dataCategoryOptions", DataCategory.values());
		model.addAttribute("isoRoles", Iso22989Role.values());
		model.addAttribute("euRoles", EuAiActRole.values());
		model.addAttribute("people", people());
		model.addAttribute("units", units());
	}

	List<Option> people() {
		return this.users.all().stream().map((u) -> new Option(u.getId(), u.getDisplayName())).toList();
	}

	List<Option> units() {
		return this.units.all().stream().map((u) -> new Option(u.getId(), u.getName() + " (" + u.getRegion() + ")")).toList();
	}

}
