package org.aimsportal.domain.system;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/** Everything a user records about an AI system, as one value. */
public record AiSystemDetails(String name, String description, String intendedPurpose, UUID businessOwnerId,
		UUID technicalOwnerId, UUID unitId, LifecycleStage stage, DeploymentContext deploymentContext,
		boolean decisionsAboutPeople, HighStakesDomain highStakesDomain, AutonomyLevel autonomyLevel,
		EuRiskTier euRiskTier, String euTierJustification, @Nullable Integer annexIiiArea, ProviderType providerType,
		String providerName, Set<DataCategory> dataCategories, Iso22989Role isoRole, EuAiActRole euRole,
		boolean inAimsScope, String scopeJustification, @Nullable LocalDate nextReviewDate) {

	public AiSystemDetails {
		Assert.hasText(name, "name is required");
		dataCategories = Set.copyOf(dataCategories);
	}

	public AiSystemDetails withStage(LifecycleStage newStage) {
		return new AiSystemDetails(this.name, this.description, this.intendedPurpose, this.businessOwnerId,
				this.technicalOwnerId, this.unitId, newStage, this.deploymentContext, this.decisionsAboutPeople,
				this.highStakesDomain, this.autonomyLevel, this.euRiskTier, this.euTierJustification, this.annexIiiArea,
				this.providerType, this.providerName, this.dataCategories, this.isoRole, this.euRole, this.inAimsScope,
				this.scopeJustification, this.nextReviewDate);
	}

	public AiSystemDetails withNextReviewDate(@Nullable LocalDate date) {
		return new AiSystemDetails(this.name, this.description, this.intendedPurpose, this.businessOwnerId,
				this.technicalOwnerId, this.unitId, this.stage, this.deploymentContext, this.decisionsAboutPeople,
				this.highStakesDomain, this.autonomyLevel, this.euRiskTier, this.euTierJustification, this.annexIiiArea,
				this.providerType, this.providerName, this.dataCategories, this.isoRole, this.euRole, this.inAimsScope,
				this.scopeJustification, date);
	}

	public boolean processesPersonalData() {
		return this.dataCategories.stream().anyMatch(DataCategory::isPersonal);
	}

	public boolean processesSpecialCategoryData() {
		return this.dataCategories.stream().anyMatch(DataCategory::isSpecialCategory);
	}

}
