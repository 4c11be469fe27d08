package org.aimsportal.lifecycle.inventory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aimsportal.domain.system.AiSystemDetails;
import org.aimsportal.domain.system.IntakeStatus;
import org.aimsportal.domain.system.TriageOutcome;
import org.jspecify.annotations.Nullable;

/** Everything the system page shows, with owner and unit names resolved. */
public record AiSystemView(UUID id, String referenceCode, long version, AiSystemDetails details,
		String businessOwnerName, String technicalOwnerName, String unitName, IntakeStatus intakeStatus,
		TriageOutcome triageOutcome, int triageScore, List<String> triageRules, @Nullable Instant triagedAt,
		@Nullable Instant archivedAt, @Nullable String archiveReason, Instant createdAt, String createdBy,
		Instant lastModifiedAt, String lastModifiedBy) {

	public boolean archived() {
		return this.archivedAt != null;
	}

}
