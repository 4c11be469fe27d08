package org.aimsportal.domain.system;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.aimsportal.domain.shared.AuditedEntity;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * An AI system the organisation builds, buys or uses: the unit everything else in the AIMS (risks,
 * gates, audits, incidents) attaches to. Archived rather than deleted.
 */
@Entity
@Table(name = "ai_systems")
public class AiSystem extends AuditedEntity<AiSystem> {

	@Column(name = "reference_code", nullable = false, updatable = false)
	private String referenceCode;

	private String name;

	private String description;

	@Column(name = "intended_purpose")
	private String intendedPurpose;

	@Column(name = "business_owner_id")
	private UUID businessOwnerId;

	@Column(name = "technical_owner_id")
	private UUID technicalOwnerId;

	@Column(name = "unit_id")
	private UUID unitId;

	@Enumerated(EnumType.STRING)
	@Column(name = "lifecycle_stage")
	private LifecycleStage lifecycleStage;

	@Enumerated(EnumType.STRING)
	@Column(name = "deployment_context")
	private DeploymentContext deploymentContext;

	@Column(name = "decisions_about_people")
	private boolean decisionsAboutPeople;

	@Enumerated(EnumType.STRING)
	@Column(name = "high_stakes_domain")
	private HighStakesDomain highStakesDomain;

	@Enumerated(EnumType.STRING)
	@Column(name = "autonomy_level")
	private AutonomyLevel autonomyLevel;

	@Enumerated(EnumType.STRING)
	@Column(name = "eu_risk_tier")
	private EuRiskTier euRiskTier;

	@Column(name = "eu_tier_justification")
	private String euTierJustification;

	@Column(name = "annex_iii_area")
	private @Nullable Integer annexIiiArea;

	@Enumerated(EnumType.STRING)
	@Column(name = "provider_type")
	private ProviderType providerType;

	@Column(name = "provider_name")
	private String providerName;

	@Column(name = "data_categories", columnDefinition = "text[]")
	private String[] dataCategories;

	@Enumerated(EnumType.STRING)
	@Column(name = "iso_role")
	private Iso22989Role isoRole;

	@Enumerated(EnumType.STRING)
	@Column(name = "eu_role")
	private EuAiActRole euRole;

	@Column(name = "in_aims_scope")
	private boolean inAimsScope;

	@Column(name = "scope_justification")
	private String scopeJustification;

	@Column(name = "next_review_date")
	private @Nullable LocalDate nextReviewDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "intake_status")
	private IntakeStatus intakeStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "triage_outcome")
	private TriageOutcome triageOutcome;

	@Column(name = "triage_score")
	private int triageScore;

	@Column(name = "triage_rules", columnDefinition = "text[]")
	private String[] triageRules;

	@Column(name = "triaged_at")
	private @Nullable Instant triagedAt;

	@Column(name = "archived_at")
	private @Nullable Instant archivedAt;

	@Column(name = "archive_reason")
	private @Nullable String archiveReason;

	protected AiSystem() {
	}

	private AiSystem(String referenceCode, AiSystemDetails details, IntakeStatus intakeStatus) {
		Assert.hasText(referenceCode, "reference code is required");
		this.referenceCode = referenceCode;
		this.intakeStatus = intakeStatus;
		this.triageOutcome = TriageOutcome.PENDING;
		this.triageRules = new String[0];
		apply(details);
		registerEvent(new AiSystemRegistered(getId(), referenceCode, intakeStatus, details.name()));
	}

	/** Registers a system directly in the inventory. */
	public static AiSystem register(String referenceCode, AiSystemDetails details) {
		return new AiSystem(referenceCode, details, IntakeStatus.REGISTERED);
	}

	/** Records a proposed use case: a draft in stage concept that waits in the compliance queue. */
	public static AiSystem propose(String referenceCode, AiSystemDetails details) {
		Assert.isTrue(details.stage() == LifecycleStage.CONCEPT, "a proposal starts in stage concept");
		return new AiSystem(referenceCode, details, IntakeStatus.AWAITING_REVIEW);
	}

	/** Replaces the recorded facts; derived results (triage) are re-evaluated by listeners. */
	public void update(AiSystemDetails details) {
		requireActive();
		apply(details);
		registerEvent(new AiSystemDetailsChanged(getId()));
	}

	/** Takes a proposed use case into the inventory. */
	public void acceptIntake() {
		requireActive();
		if (this.intakeStatus != IntakeStatus.AWAITING_REVIEW) {
			throw new IllegalStateException("Only a proposal awaiting review can be accepted");
		}
		this.intakeStatus = IntakeStatus.ACCEPTED;
	}

	/** Stores the result of a governance-review triage. */
	public void recordTriage(TriageOutcome outcome, int score, List<String> firedRules, Instant at) {
		this.triageOutcome = outcome;
		this.triageScore = score;
		this.triageRules = firedRules.toArray(String[]::new);
		this.triagedAt = at;
	}

	/** Archives the system; archiving replaces deletion so that the record and its trail survive. */
	public void archive(String reason) {
		requireActive();
		Assert.hasText(reason, "an archive reason is required");
		this.archivedAt = Instant.now();
		this.archiveReason = reason;
		registerEvent(new AiSystemArchived(getId(), reason));
	}

	private void requireActive() {
		if (this.archivedAt != null) {
			throw new IllegalStateException("System " + this.referenceCode + " is archived");
		}
	}

	private void apply(AiSystemDetails d) {
		this.name = d.name();
		this.description = d.description();
		this.intendedPurpose = d.intendedPurpose();
		this.businessOwnerId = d.businessOwnerId();
		this.technicalOwnerId = d.technicalOwnerId();
		this.unitId = d.unitId();
		this.lifecycleStage = d.stage();
		this.deploymentContext = d.deploymentContext();
		this.decisionsAboutPeople = d.decisionsAboutPeople();
		this.highStakesDomain = d.highStakesDomain();
		this.autonomyLevel = d.autonomyLevel();
		this.euRiskTier = d.euRiskTier();
		this.euTierJustification = d.euTierJustification();
		this.annexIiiArea = d.annexIiiArea();
		this.providerType = d.providerType();
		this.providerName = d.providerName();
		this.dataCategories = d.dataCategories().stream().map(Enum::name).sorted().toArray(String[]::new);
		this.isoRole = d.isoRole();
		this.euRole = d.euRole();
		this.inAimsScope = d.inAimsScope();
		this.scopeJustification = d.scopeJustification();
		this.nextReviewDate = d.nextReviewDate();
	}

	/** The recorded facts as one value, for forms, triage and comparisons. */
	public AiSystemDetails details() {
		return new AiSystemDetails(this.name, this.description, this.intendedPurpose, this.businessOwnerId,
				this.technicalOwnerId, this.unitId, this.lifecycleStage, this.deploymentContext,
				this.decisionsAboutPeople, this.highStakesDomain, this.autonomyLevel, this.euRiskTier,
				this.euTierJustification, this.annexIiiArea, this.providerType, this.providerName,
				getDataCategories(), this.isoRole, this.euRole, this.inAimsScope, this.scopeJustification,
				this.nextReviewDate);
	}

	public Set<DataCategory> getDataCategories() {
		return Arrays.stream(this.dataCategories)
			.map(DataCategory::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(DataCategory.class)));
	}

	public String getReferenceCode() {
		return this.referenceCode;
	}

	public String getName() {
		return this.name;
	}

	public UUID getBusinessOwnerId() {
		return this.businessOwnerId;
	}

	public UUID getTechnicalOwnerId() {
		return this.technicalOwnerId;
	}

	public UUID getUnitId() {
		return this.unitId;
	}

	public LifecycleStage getLifecycleStage() {
		return this.lifecycleStage;
	}

	public EuRiskTier getEuRiskTier() {
		return this.euRiskTier;
	}

	public IntakeStatus getIntakeStatus() {
		return this.intakeStatus;
	}

	public TriageOutcome getTriageOutcome() {
		return this.triageOutcome;
	}

	public int getTriageScore() {
		return this.triageScore;
	}

	public List<String> getTriageRules() {
		return List.of(this.triageRules);
	}

	public @Nullable Instant getTriagedAt() {
		return this.triagedAt;
	}

	public @Nullable Instant getArchivedAt() {
		return this.archivedAt;
	}

	public @Nullable String getArchiveReason() {
		return this.archiveReason;
	}

	public boolean isArchived() {
		return this.archivedAt != null;
	}

	public boolean isOwnedBy(UUID userId) {
		return this.businessOwnerId.equals(userId) || this.technicalOwnerId.equals(userId);
	}

}
