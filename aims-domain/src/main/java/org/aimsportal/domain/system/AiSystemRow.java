package org.aimsportal.domain.system;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One line of the inventory list, read in a single query. */
public record AiSystemRow(UUID id, String referenceCode, String name, LifecycleStage stage, EuRiskTier tier,
		TriageOutcome triage, String unitName, String businessOwnerName, String technicalOwnerName,
		IntakeStatus intakeStatus, Instant lastModifiedAt, @Nullable Instant archivedAt) {

}
