package org.aimsportal.web.system;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

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
import org.aimsportal.lifecycle.inventory.AiSystemView;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The form of an AI system: registering and editing check every field; a proposed use case (intake) asks
 * for fewer, so the fields only a full registration needs are in the {@link Registration} group.
 */
public class AiSystemFormData {

	/** Constraints that apply to registering or editing, not to proposing a use case. */
	public interface Registration {

	}

	@NotBlank(groups = Registration.class)
	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,29}", message = "{validation.referenceCode.pattern}",
			groups = Registration.class)
	private @Nullable String referenceCode;

	@NotBlank
	@Size(max = 200)
	private @Nullable String name;

	@Size(max = 4000)
	private @Nullable String description;

	@NotBlank
	@Size(max = 4000)
	private @Nullable String intendedPurpose;

	@NotNull(groups = Registration.class)
	private @Nullable UUID businessOwnerId;

	@NotNull(groups = Registration.class)
	private @Nullable UUID technicalOwnerId;

	@NotNull
	private @Nullable UUID unitId;

	@NotNull
	private LifecycleStage stage = LifecycleStage.CONCEPT;

	@NotNull
	private DeploymentContext deploymentContext = DeploymentContext.INTERNAL;

	private boolean decisionsAboutPeople;

	@NotNull
	private HighStakesDomain highStakesDomain = HighStakesDomain.NONE;

	@NotNull
	private AutonomyLevel autonomyLevel = AutonomyLevel.HUMAN_IN_THE_LOOP;

	@NotNull
	private EuRiskTier euRiskTier = EuRiskTier.NOT_CLASSIFIED;

	@Size(max = 4000)
	private @Nullable String euTierJustification;

	private @Nullable Integer annexIiiArea;

	@NotNull
	private ProviderType providerType = ProviderType.IN_HOUSE;

	@Size(max = 200)
	private @Nullable String providerName;

	private Set<DataCategory> dataCategories = EnumSet.noneOf(DataCategory.class);

	@NotNull
	private Iso22989Role isoRole = Iso22989Role.PROVIDER;

	@NotNull
	private EuAiActRole euRole = EuAiActRole.PROVIDER;

	private boolean inAimsScope = true;

	@NotBlank(groups = Registration.class)
	@Size(max = 4000)
	private @Nullable String scopeJustification;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate nextReviewDate;

	private long version;

	public static AiSystemFormData from(AiSystemView view) {
		AiSystemFormData f = new AiSystemFormData();
		AiSystemDetails d = view.details();
		f.referenceCode = view.referenceCode();
		f.name = d.name();
		f.description = d.description();
		f.intendedPurpose = d.intendedPurpose();
		f.businessOwnerId = d.businessOwnerId();
		f.technicalOwnerId = d.technicalOwnerId();
		f.unitId = d.unitId();
		f.stage = d.stage();
		f.deploymentContext = d.deploymentContext();
		f.decisionsAboutPeople = d.decisionsAboutPeople();
		f.highStakesDomain = d.highStakesDomain();
		f.autonomyLevel = d.autonomyLevel();
		f.euRiskTier = d.euRiskTier();
		f.euTierJustification = d.euTierJustification();
		f.annexIiiArea = d.annexIiiArea();
		f.providerType = d.providerType();
		f.providerName = d.providerName();
		f.dataCategories = d.dataCategories().isEmpty() ? EnumSet.noneOf(DataCategory.class)
				: EnumSet.copyOf(d.dataCategories());
		f.isoRole = d.isoRole();
		f.euRole = d.euRole();
		f.inAimsScope = d.inAimsScope();
		f.scopeJustification = d.scopeJustification();
		f.nextReviewDate = d.nextReviewDate();
		f.version = view.version();
		return f;
	}

	/** Rules that span fields; Bean Validation has checked each field already. */
	public void validateAcrossFields(Errors errors) {
		if (this.euRiskTier != EuRiskTier.NOT_CLASSIFIED && isBlank(this.euTierJustification)) {
			errors.rejectValue("euTierJustification", "validation.tierJustification");
		}
		if (this.providerType == ProviderType.THIRD_PARTY && isBlank(this.providerName)) {
			errors.rejectValue("providerName", "validation.providerName");
		}
	}

	public AiSystemDetails toDetails() {
		return new AiSystemDetails(this.name, orEmpty(this.description), orEmpty(this.intendedPurpose),
				this.businessOwnerId, this.technicalOwnerId, this.unitId, this.stage, this.deploymentContext,
				this.decisionsAboutPeople, this.highStakesDomain, this.autonomyLevel, this.euRiskTier,
				orEmpty(this.euTierJustification), this.annexIiiArea, this.providerType, orEmpty(this.providerName),
				this.dataCategories, this.isoRole, this.euRole, this.inAimsScope, orEmpty(this.scopeJustification),
				this.nextReviewDate);
	}

	/**
	 * A proposed use case: a draft in stage concept owned by its proposer, not yet classified, with the
	 * roles that follow from who builds it. A compliance officer completes the rest.
	 */
	public AiSystemDetails toProposal(UUID proposer) {
		boolean bought = this.providerType == ProviderType.THIRD_PARTY;
		return new AiSystemDetails(this.name, orEmpty(this.description), orEmpty(this.intendedPurpose), proposer,
				proposer, this.unitId, LifecycleStage.CONCEPT, this.deploymentContext, this.decisionsAboutPeople,
				this.highStakesDomain, this.autonomyLevel, EuRiskTier.NOT_CLASSIFIED, "", null, this.providerType,
				orEmpty(this.providerName), this.dataCategories, bought ? Iso22989Role.CUSTOMER : Iso22989Role.PROVIDER,
				bought ? EuAiActRole.DEPLOYER : EuAiActRole.PROVIDER, true,
				"Proposed through intake; to be confirmed by the compliance officer.", null);
	}

	private static boolean isBlank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	private static String orEmpty(@Nullable String s) {
		return (s != null) ? s : "";
	}

	// Accessors for data binding.

	public @Nullable String getReferenceCode() { return this.referenceCode; }
	public void setReferenceCode(@Nullable String v) { this.referenceCode = v; }
	public @Nullable String getName() { return this.name; }
	public void setName(@Nullable String v) { this.name = v; }
	public @Nullable String getDescription() { return this.description; }
	public void setDescription(@Nullable String v) { this.description = v; }
	public @Nullable String getIntendedPurpose() { return this.intendedPurpose; }
	public void setIntendedPurpose(@Nullable String v) { this.intendedPurpose = v; }
	public @Nullable UUID getBusinessOwnerId() { return this.businessOwnerId; }
	public void setBusinessOwnerId(@Nullable UUID v) { this.businessOwnerId = v; }
	public @Nullable UUID getTechnicalOwnerId() { return this.technicalOwnerId; }
	public void setTechnicalOwnerId(@Nullable UUID v) { this.technicalOwnerId = v; }
	public @Nullable UUID getUnitId() { return this.unitId; }
	public void setUnitId(@Nullable UUID v) { this.unitId = v; }
	public LifecycleStage getStage() { return this.stage; }
	public void setStage(LifecycleStage v) { this.stage = v; }
	public DeploymentContext getDeploymentContext() { return this.deploymentContext; }
	public void setDeploymentContext(DeploymentContext v) { this.deploymentContext = v; }
	public boolean isDecisionsAboutPeople() { return this.decisionsAboutPeople; }
	public void setDecisionsAboutPeople(boolean v) { this.decisionsAboutPeople = v; }
	public HighStakesDomain getHighStakesDomain() { return this.highStakesDomain; }
	public void setHighStakesDomain(HighStakesDomain v) { this.highStakesDomain = v; }
	public AutonomyLevel getAutonomyLevel() { return this.autonomyLevel; }
	public void setAutonomyLevel(AutonomyLevel v) { this.autonomyLevel = v; }
	public EuRiskTier getEuRiskTier() { return this.euRiskTier; }
	public void setEuRiskTier(EuRiskTier v) { this.euRiskTier = v; }
	public @Nullable String getEuTierJustification() { return this.euTierJustification; }
	public void setEuTierJustification(@Nullable String v) { this.euTierJustification = v; }
	public @Nullable Integer getAnnexIiiArea() { return this.annexIiiArea; }
	public void setAnnexIiiArea(@Nullable Integer v) { this.annexIiiArea = v; }
	public ProviderType getProviderType() { return this.providerType; }
	public void setProviderType(ProviderType v) { this.providerType = v; }
	public @Nullable String getProviderName() { return this.providerName; }
	public void setProviderName(@Nullable String v) { this.providerName = v; }
	public Set<DataCategory> getDataCategories() { return this.dataCategories; }
	public void setDataCategories(@Nullable Set<DataCategory> v) { this.dataCategories = (v != null) ? v : EnumSet.noneOf(DataCategory.class); }
	public Iso22989Role getIsoRole() { return this.isoRole; }
	public void setIsoRole(Iso22989Role v) { this.isoRole = v; }
	public EuAiActRole getEuRole() { return this.euRole; }
	public void setEuRole(EuAiActRole v) { this.euRole = v; }
	public boolean isInAimsScope() { return this.inAimsScope; }
	public void setInAimsScope(boolean v) { this.inAimsScope = v; }
	public @Nullable String getScopeJustification() { return this.scopeJustification; }
	public void setScopeJustification(@Nullable String v) { this.scopeJustification = v; }
	public @Nullable LocalDate getNextReviewDate() { return this.nextReviewDate; }
	public void setNextReviewDate(@Nullable LocalDate v) { this.nextReviewDate = v; }
	public long getVersion() { return this.version; }
	public void setVersion(long v) { this.version = v; }

}
