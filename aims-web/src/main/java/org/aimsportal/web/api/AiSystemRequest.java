package org.aimsportal.web.api;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.jspecify.annotations.Nullable;

/** The body of a create or update. {@code version} is required on update and ignored on create. */
@Schema(name = "AiSystemRequest")
public record AiSystemRequest(
		@Schema(description = "Unique code; ignored on update") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,29}") @Nullable String referenceCode,
		@NotBlank @Size(max = 200) String name, @Size(max = 4000) @Nullable String description,
		@NotBlank @Size(max = 4000) String intendedPurpose, @NotNull UUID businessOwnerId,
		@NotNull UUID technicalOwnerId, @NotNull UUID unitId, @NotNull LifecycleStage stage,
		@NotNull DeploymentContext deploymentContext, @Nullable Boolean decisionsAboutPeople,
		@NotNull HighStakesDomain highStakesDomain, @NotNull AutonomyLevel autonomyLevel,
		@NotNull EuRiskTier euRiskTier, @Size(max = 4000) @Nullable String euTierJustification,
		@Nullable Integer annexIiiArea, @NotNull ProviderType providerType, @Size(max = 200) @Nullable String providerName,
		@Nullable Set<DataCategory> dataCategories, @NotNull Iso22989Role isoRole, @NotNull EuAiActRole euRole,
		@Nullable Boolean inAimsScope, @NotBlank @Size(max = 4000) String scopeJustification, @Nullable LocalDate nextReviewDate,
		@Schema(description = "The version you read; a mismatch answers 409") @Nullable Long version) {

	AiSystemDetails toDetails() {
		return new AiSystemDetails(this.name, orEmpty(this.description), this.intendedPurpose, this.businessOwnerId,
				this.technicalOwnerId, this.unitId, this.stage, this.deploymentContext, Boolean.TRUE.equals(this.decisionsAboutPeople),
				this.highStakesDomain, this.autonomyLevel, this.euRiskTier, orEmpty(this.euTierJustification),
				this.annexIiiArea, this.providerType, orEmpty(this.providerName),
				(this.dataCategories != null) ? this.dataCategories : Set.of(), this.isoRole, this.euRole,
				Boolean.TRUE.equals(this.inAimsScope), this.scopeJustification, this.nextReviewDate);
	}

	private static String orEmpty(@Nullable String s) {
		return (s != null) ? s : "";
	}

}
