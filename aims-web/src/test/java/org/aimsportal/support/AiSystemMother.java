package org.aimsportal.support;

import java.util.EnumSet;
import java.util.UUID;

import org.aimsportal.domain.system.AiSystemDetails;
import org.aimsportal.domain.system.AutonomyLevel;
import org.aimsportal.domain.system.DataCategory;
import org.aimsportal.domain.system.DeploymentContext;
import org.aimsportal.domain.system.EuAiActRole;
import org.aimsportal.domain.system.EuRiskTier;
import org.aimsportal.domain.system.HighStakesDomain;
import org.aimsportal.domain.system.Iso22989Role;
import org.aimsportal.domain.system.LifecycleStage;
import org.aimsportal.domain.system.ProviderType;

/** Test data for AI systems: a harmless internal tool, to be varied per test. */
public final class AiSystemMother {

	private AiSystemMother() {
	}

	public static AiSystemDetails harmless(String name, UUID owner, UUID unit) {
		return new AiSystemDetails(name, "A test system", "Help staff with a routine task", owner, owner, unit,
				LifecycleStage.DESIGN, DeploymentContext.INTERNAL, false, HighStakesDomain.NONE,
				AutonomyLevel.HUMAN_IN_THE_LOOP, EuRiskTier.MINIMAL, "No Annex III use", null, ProviderType.IN_HOUSE,
				"", EnumSet.of(DataCategory.NON_PERSONAL), Iso22989Role.PROVIDER, EuAiActRole.PROVIDER, true,
				"Inside the AIMS", null);
	}

	/** A hiring tool: high stakes, decisions about people, personal data, EU high tier. */
	public static AiSystemDetails hiring(String name, UUID owner, UUID unit) {
		return new AiSystemDetails(name, "Ranks applicants", "Shortlist applicants", owner, owner, unit,
				LifecycleStage.VALIDATION, DeploymentContext.INTERNAL, true, HighStakesDomain.EMPLOYMENT,
				AutonomyLevel.HUMAN_IN_THE_LOOP, EuRiskTier.HIGH, "Annex III point 4", 4, ProviderType.IN_HOUSE, "",
				EnumSet.of(DataCategory.PERSONAL), Iso22989Role.PROVIDER, EuAiActRole.PROVIDER, true,
				"Inside the AIMS", null);
	}

}
