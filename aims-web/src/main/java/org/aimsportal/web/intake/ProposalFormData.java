package org.aimsportal.web.intake;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

import org.springframework.validation.Errors;

/** What anyone may say about a proposed use case; the rest starts with cautious defaults. */
public class ProposalFormData {

	@NotBlank
	@Size(max = 200)
	private @Nullable String name;

	@Size(max = 4000)
	private @Nullable String description;

	@NotBlank
	@Size(max = 4000)
	private @Nullable String intendedPurpose;

	@NotNull
	private @Nullable UUID unitId;

	@NotNull
	private DeploymentContext deploymentContext = DeploymentContext.INTERNAL;

	private boolean decisionsAboutPeople;

	@NotNull
	private HighStakesDomain highStakesDomain = HighStakesDomain.NONE;

	@NotNull
	private AutonomyLevel autonomyLevel = AutonomyLevel.HUMAN_IN_THE_LOOP;

	@NotNull
	private ProviderType providerType = ProviderType.IN_HOUSE;

	@Size(max = 200)
	private @Nullable String providerName;

	private Set<DataCategory> dataCategories = EnumSet.noneOf(DataCategory.class);

	public void validateAcrossFields(Errors errors) {
		if (this.providerType == ProviderType.THIRD_PARTY && (this.providerName == null || this.providerName.isBlank())) {
			errors.rejectValue("providerName", "validation.providerName");
		}
	}

	/** The proposer owns the draft until a compliance officer assigns it. */
	public AiSystemDetails toDetails(UUID proposer) {
		return new AiSystemDetails(this.name, (this.description != null) ? this.description : "",
				this.intendedPurpose, proposer, proposer, this.unitId, LifecycleStage.CONCEPT, this.deploymentContext,
				this.decisionsAboutPeople, this.highStakesDomain, this.autonomyLevel, EuRiskTier.NOT_CLASSIFIED, "",
				null, this.providerType, (this.providerName != null) ? this.providerName : "", this.dataCategories,
				(this.providerType == ProviderType.THIRD_PARTY) ? Iso22989Role.CUSTOMER : Iso22989Role.PROVIDER,
				(this.providerType == ProviderType.THIRD_PARTY) ? EuAiActRole.DEPLOYER : EuAiActRole.PROVIDER, true,
				"Proposed through intake; to be confirmed by the compliance officer.", null);
	}

	public @Nullable String getName() { return this.name; }
	public void setName(@Nullable String v) { this.name = v; }
	public @Nullable String getDescription() { return this.description; }
	public void setDescription(@Nullable String v) { this.description = v; }
	public @Nullable String getIntendedPurpose() { return this.intendedPurpose; }
	public void setIntendedPurpose(@Nullable String v) { this.intendedPurpose = v; }
	public @Nullable UUID getUnitId() { return this.unitId; }
	public void setUnitId(@Nullable UUID v) { this.unitId = v; }
	public DeploymentContext getDeploymentContext() { return this.deploymentContext; }
	public void setDeploymentContext(DeploymentContext v) { this.deploymentContext = v; }
	public boolean isDecisionsAboutPeople() { return this.decisionsAboutPeople; }
	public void setDecisionsAboutPeople(boolean v) { this.decisionsAboutPeople = v; }
	public HighStakesDomain getHighStakesDomain() { return this.highStakesDomain; }
	public void setHighStakesDomain(HighStakesDomain v) { this.highStakesDomain = v; }
	public AutonomyLevel getAutonomyLevel() { return this.autonomyLevel; }
	public void setAutonomyLevel(AutonomyLevel v) { this.autonomyLevel = v; }
	public ProviderType getProviderType() { return this.providerType; }
	public void setProviderType(ProviderType v) { this.providerType = v; }
	public @Nullable String getProviderName() { return this.providerName; }
	public void setProviderName(@Nullable String v) { this.providerName = v; }
	public Set<DataCategory> getDataCategories() { return this.dataCategories; }
	public void setDataCategories(@Nullable Set<DataCategory> v) { this.dataCategories = (v != null) ? v : EnumSet.noneOf(DataCategory.class); }

}
