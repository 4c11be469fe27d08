package org.aimsportal.web.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aimsportal.domain.system.AiSystemDetails;
import org.aimsportal.domain.system.AiSystemRow;
import org.aimsportal.domain.system.EuRiskTier;
import org.aimsportal.domain.system.IntakeStatus;
import org.aimsportal.domain.system.LifecycleStage;
import org.aimsportal.domain.system.TriageOutcome;
import org.aimsportal.lifecycle.inventory.AiSystemView;
import org.jspecify.annotations.Nullable;

/** An AI system as the API returns it. */
public record AiSystemResource(UUID id, String referenceCode, long version, AiSystemDetails details,
		String businessOwnerName, String technicalOwnerName, String unitName, IntakeStatus intakeStatus,
		Triage triage, @Nullable Instant archivedAt, Instant createdAt, String createdBy, Instant lastModifiedAt,
		String lastModifiedBy) {

	static AiSystemResource of(AiSystemView v) {
		return new AiSystemResource(v.id(), v.referenceCode(), v.version(), v.details(), v.businessOwnerName(),
				v.technicalOwnerName(), v.unitName(), v.intakeStatus(),
				new Triage(v.triageOutcome(), v.triageScore(), v.triageRules(), v.triagedAt()), v.archivedAt(),
				v.createdAt(), v.createdBy(), v.lastModifiedAt(), v.lastModifiedBy());
	}

	public record Triage(TriageOutcome outcome, int score, List<String> firedRules, @Nullable Instant triagedAt) {
	}

	/** One entry of a list page. */
	public record Summary(UUID id, String referenceCode, String name, LifecycleStage stage, EuRiskTier euRiskTier,
			TriageOutcome triageOutcome, String unitName, String businessOwnerName, String technicalOwnerName,
			Instant lastModifiedAt, @Nullable Instant archivedAt) {

		static Summary of(AiSystemRow r) {
			return new Summary(r.id(), r.referenceCode(), r.name(), r.stage(), r.tier(), r.triage(), r.unitName(),
					r.businessOwnerName(), r.technicalOwnerName(), r.lastModifiedAt(), r.archivedAt());
		}

	}

	/** A page of results with its position. */
	public record Page<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
	}

}
