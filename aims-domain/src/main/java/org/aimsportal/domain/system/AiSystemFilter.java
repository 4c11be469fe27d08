package org.aimsportal.domain.system;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Criteria for the inventory list; a null field means "any". */
public record AiSystemFilter(@Nullable String text, @Nullable LifecycleStage stage, @Nullable EuRiskTier tier,
		@Nullable UUID ownerId, @Nullable UUID unitId, @Nullable TriageOutcome triage,
		@Nullable IntakeStatus intakeStatus, boolean includeArchived) {

	public static AiSystemFilter active() {
		return new AiSystemFilter(null, null, null, null, null, null, null, false);
	}

}
