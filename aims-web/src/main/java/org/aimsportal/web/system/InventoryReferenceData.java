package org.aimsportal.web.system;


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
import org.aimsportal.lifecycle.inventory.AiSystemService;
import org.aimsportal.lifecycle.inventory.InventoryOptions;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The select lists every inventory page offers: enums, people and units. */
@Component
class InventoryReferenceData {

	private final AiSystemService systems;

	InventoryReferenceData(AiSystemService systems) {
		this.systems = systems;
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
		InventoryOptions options = this.systems.options();
		model.addAttribute("people", options.people());
		model.addAttribute("units", options.units());
	}

}
