package org.aimsportal.app.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.aimsportal.audit.scope.ScopeService;
import org.aimsportal.domain.scope.ScopeContent;
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
import org.aimsportal.domain.user.Role;
import org.aimsportal.lifecycle.inventory.AiSystemService;
import org.aimsportal.lifecycle.inventory.OrganisationalUnitService;
import org.aimsportal.lifecycle.inventory.RegisterAiSystemCommand;

import org.springframework.stereotype.Component;

import static org.aimsportal.domain.system.DataCategory.BIOMETRIC;
import static org.aimsportal.domain.system.DataCategory.CONFIDENTIAL_BUSINESS;
import static org.aimsportal.domain.system.DataCategory.FINANCIAL;
import static org.aimsportal.domain.system.DataCategory.NON_PERSONAL;
import static org.aimsportal.domain.system.DataCategory.PERSONAL;
import static org.aimsportal.domain.system.DataCategory.SPECIAL_CATEGORY;

/** A small, realistic organisation: six units, a dozen AI systems across stages and tiers, one proposal. */
@Component
class DemoData {

	/** One demo user per role, plus a second system owner. */
	static final Map<String, Role> USERS = Map.of("admin@aims.example", Role.ADMIN, "compliance@aims.example",
			Role.COMPLIANCE_OFFICER, "owner@aims.example", Role.AI_SYSTEM_OWNER, "auditor@aims.example",
			Role.AUDITOR, "executive@aims.example", Role.EXECUTIVE, "viewer@aims.example", Role.VIEWER);

	private static final Map<String, String> NAMES = Map.of("admin@aims.example", "Ada Admin",
			"compliance@aims.example", "Chloe Compliance", "owner@aims.example", "Omar Owner",
			"auditor@aims.example", "Aisha Auditor", "executive@aims.example", "Eric Executive",
			"viewer@aims.example", "Vera Viewer", "engineer@aims.example", "Priya Patel");

	private final AiSystemService systems;

	private final OrganisationalUnitService units;

	private final ScopeService scope;

	DemoData(AiSystemService systems, OrganisationalUnitService units, ScopeService scope) {
		this.systems = systems;
		this.units = units;
		this.scope = scope;
	}

	static String nameOf(String email) {
		return NAMES.get(email);
	}

	void load(Map<String, UUID> users) {
		Map<String, UUID> unit = new HashMap<>();
		unit.put("banking", this.units.create("Retail Banking", "EU"));
		unit.put("hr", this.units.create("People & HR", "EU"));
		unit.put("service", this.units.create("Customer Service", "UK"));
		unit.put("clinical", this.units.create("Clinical Operations", "EU"));
		unit.put("it", this.units.create("Group IT", "Global"));
		unit.put("marketing", this.units.create("Marketing", "US"));
		UUID owner = users.get("owner@aims.example");
		UUID engineer = users.get("engineer@aims.example");
		UUID compliance = users.get("compliance@aims.example");
		LocalDate today = LocalDate.now();

		register("CRD-001", details("Retail credit scoring", "Gradient-boosted model scoring consumer loan applications.",
				"Rank applications by probability of default to support credit officers.", owner, engineer,
				unit.get("banking"), LifecycleStage.MONITORING, DeploymentContext.CUSTOMER_FACING, true,
				HighStakesDomain.FINANCE, AutonomyLevel.HUMAN_IN_THE_LOOP, EuRiskTier.HIGH,
				"Creditworthiness assessment of natural persons (Annex III point 5).", 5, ProviderType.IN_HOUSE, "",
				EnumSet.of(PERSONAL, FINANCIAL), Iso22989Role.PROVIDER, EuAiActRole.PROVIDER, true,
				today.plusDays(5)));
		register("HR-CV-01", details("CV screening assistant", "Vendor tool that shortlists applicants.",
				"Suggest a shortlist of applicants for recruiters to review.", owner, engineer, unit.get("hr"),
				LifecycleStage.VALIDATION, DeploymentContext.INTERNAL, true, HighStakesDomain.EMPLOYMENT,
				AutonomyLevel.HUMAN_IN_THE_LOOP, EuRiskTier.HIGH, "Recruitment and selection (Annex III point 4).", 4,
				ProviderType.THIRD_PARTY, "TalentSift Ltd", EnumSet.of(PERSONAL), Iso22989Role.CUSTOMER,
				EuAiActRole.DEPLOYER, true, today.plusDays(30)));
		register("CS-BOT-01", details("Customer service chatbot", "LLM-based assistant on the public website.",
				"Answer common customer questions and hand over to an agent when unsure.", compliance, engineer,
				unit.get("service"), LifecycleStage.DEPLOYMENT, DeploymentContext.PUBLIC, false,
				HighStakesDomain.NONE, AutonomyLevel.FULLY_AUTOMATED, EuRiskTier.LIMITED,
				"Interacts with people: they must be told they are talking to an AI (Art. 50).", null,
				ProviderType.THIRD_PARTY, "OpenModel Inc.", EnumSet.of(PERSONAL), Iso22989Role.CUSTOMER,
				EuAiActRole.DEPLOYER, true, today.minusDays(2)));
		register("FRD-002", details("Card fraud detection", "Streaming anomaly model on card transactions.",
				"Hold suspicious card transactions for review.", owner, engineer, unit.get("banking"),
				LifecycleStage.MONITORING, DeploymentContext.CUSTOMER_FACING, true, HighStakesDomain.FINANCE,
				AutonomyLevel.HUMAN_ON_THE_LOOP, EuRiskTier.MINIMAL,
				"Fraud detection is excluded from the Annex III credit-scoring area.", null, ProviderType.IN_HOUSE, "",
				EnumSet.of(PERSONAL, FINANCIAL), Iso22989Role.PROVIDER, EuAiActRole.PROVIDER, true,
				today.plusDays(60)));
		register("CLN-TRI-01", details("Emergency department triage", "Prioritises incoming emergency patients.",
				"Suggest a triage category to nurses at intake.", owner, engineer, unit.get("clinical"),
				LifecycleStage.DESIGN, DeploymentContext.INTERNAL, true, HighStakesDomain.HEALTH,
				AutonomyLevel.HUMAN_IN_THE_LOOP, EuRiskTier.HIGH, "Emergency-care triage (Annex III point 5).", 5,
				ProviderType.IN_HOUSE, "", EnumSet.of(PERSONAL, SPECIAL_CATEGORY), Iso22989Role.PRODUCER,
				EuAiActRole.PROVIDER, true, today.plusDays(14)));
		register("IT-LOG-01", details("Log anomaly detection", "Unsupervised model over infrastructure logs.",
				"Alert operators to unusual infrastructure behaviour.", engineer, engineer, unit.get("it"),
				LifecycleStage.MONITORING, DeploymentContext.INTERNAL, false, HighStakesDomain.NONE,
				AutonomyLevel.HUMAN_ON_THE_LOOP, EuRiskTier.MINIMAL, "No Annex III use; no interaction with people.",
				null, ProviderType.IN_HOUSE, "", EnumSet.of(NON_PERSONAL), Iso22989Role.PROVIDER,
				EuAiActRole.PROVIDER, true, null));
		register("MKT-GEN-01", details("Marketing copy generator", "Generative model drafting campaign texts.",
				"Draft marketing copy that staff edit before publication.", compliance, engineer,
				unit.get("marketing"), LifecycleStage.TRAINING, DeploymentContext.INTERNAL, false,
				HighStakesDomain.NONE, AutonomyLevel.HUMAN_IN_THE_LOOP, EuRiskTier.LIMITED,
				"Generates synthetic text that may be published (Art. 50).", null, ProviderType.THIRD_PARTY,
				"OpenModel Inc.", EnumSet.of(CONFIDENTIAL_BUSINESS), Iso22989Role.CUSTOMER, EuAiActRole.DEPLOYER,
				true, null));
		register("HR-ATT-01", details("Attrition prediction", "Idea: predict which employees may leave.",
				"Help managers plan retention conversations.", owner, engineer, unit.get("hr"), LifecycleStage.CONCEPT,
				DeploymentContext.INTERNAL, true, HighStakesDomain.EMPLOYMENT, AutonomyLevel.HUMAN_IN_THE_LOOP,
				EuRiskTier.NOT_CLASSIFIED, "", null, ProviderType.IN_HOUSE, "", EnumSet.of(PERSONAL),
				Iso22989Role.PROVIDER, EuAiActRole.PROVIDER, true, today.plusDays(21)));
		register("DOC-OCR-01", details("Invoice data extraction", "Document AI reading supplier invoices.",
				"Extract invoice fields for the accounts-payable workflow.", engineer, engineer, unit.get("it"),
				LifecycleStage.DEPLOYMENT, DeploymentContext.INTERNAL, false, HighStakesDomain.NONE,
				AutonomyLevel.HUMAN_ON_THE_LOOP, EuRiskTier.MINIMAL, "Back-office automation only.", null,
				ProviderType.THIRD_PARTY, "DocuRead GmbH", EnumSet.of(CONFIDENTIAL_BUSINESS), Iso22989Role.CUSTOMER,
				EuAiActRole.DEPLOYER, true, null));
		register("CLN-IMG-01", details("Radiology second reader", "Image model flagging findings on chest X-rays.",
				"Give radiologists a second opinion on chest X-rays.", owner, engineer, unit.get("clinical"),
				LifecycleStage.TRAINING, DeploymentContext.INTERNAL, true, HighStakesDomain.HEALTH,
				AutonomyLevel.HUMAN_IN_THE_LOOP, EuRiskTier.HIGH,
				"Safety component of a medical device (Art. 6(1), Annex I).", null, ProviderType.IN_HOUSE, "",
				EnumSet.of(PERSONAL, SPECIAL_CATEGORY), Iso22989Role.PRODUCER, EuAiActRole.PROVIDER, true,
				today.plusDays(45)));
		register("CS-EMO-01", details("Call-centre emotion analytics", "Scores agent emotions from call audio.",
				"Was meant to coach agents; being withdrawn.", compliance, engineer, unit.get("service"),
				LifecycleStage.DECOMMISSIONING, DeploymentContext.INTERNAL, true, HighStakesDomain.EMPLOYMENT,
				AutonomyLevel.FULLY_AUTOMATED, EuRiskTier.PROHIBITED,
				"Emotion inference in the workplace is prohibited (Art. 5(1)(f)).", null, ProviderType.THIRD_PARTY,
				"VoiceMood SA", EnumSet.of(PERSONAL, BIOMETRIC), Iso22989Role.CUSTOMER, EuAiActRole.DEPLOYER, true,
				today.minusDays(10)));
		register("IT-FCST-01", details("Server capacity forecasting", "Time-series model retired in 2025.",
				"Forecast data-centre capacity.", engineer, engineer, unit.get("it"), LifecycleStage.RETIRED,
				DeploymentContext.INTERNAL, false, HighStakesDomain.NONE, AutonomyLevel.HUMAN_IN_THE_LOOP,
				EuRiskTier.MINIMAL, "No Annex III use.", null, ProviderType.IN_HOUSE, "", EnumSet.of(NON_PERSONAL),
				Iso22989Role.PROVIDER, EuAiActRole.NOT_APPLICABLE, false, null));

		this.scope.publish(new ScopeContent(
				"The AIMS covers the design, development, procurement and use of AI systems by the group's business "
						+ "units, from concept to retirement.",
				"Research prototypes that never process production data are outside the AIMS.",
				"Retail Banking\nPeople & HR\nCustomer Service\nClinical Operations\nGroup IT\nMarketing",
				"Amsterdam (head office)\nLondon\nAustin", "AI expertise concentrated in Group IT\nLegacy model "
						+ "documentation is incomplete",
				"EU AI Act obligations phase in from 2025 to 2027\nCustomers expect transparency about AI use",
				"Customers: fair, explained decisions\nRegulators: conformity with the EU AI Act\nEmployees: no "
						+ "covert monitoring",
				"First published scope"), 0);
	}

	void proposeUseCase(UUID proposer, UUID unit) {
		this.systems.propose(details("Meeting summary assistant", "Summarise internal meetings from transcripts.",
				"Save staff time writing minutes.", proposer, proposer, unit, LifecycleStage.CONCEPT,
				DeploymentContext.INTERNAL, false, HighStakesDomain.NONE, AutonomyLevel.HUMAN_IN_THE_LOOP,
				EuRiskTier.NOT_CLASSIFIED, "", null, ProviderType.THIRD_PARTY, "OpenModel Inc.", EnumSet.of(PERSONAL),
				Iso22989Role.CUSTOMER, EuAiActRole.DEPLOYER, true, null));
	}

	private void register(String code, AiSystemDetails details) {
		this.systems.register(new RegisterAiSystemCommand(code, details));
	}

	private static AiSystemDetails details(String name, String description, String purpose, UUID businessOwner,
			UUID technicalOwner, UUID unit, LifecycleStage stage, DeploymentContext context, boolean aboutPeople,
			HighStakesDomain domain, AutonomyLevel autonomy, EuRiskTier tier, String tierWhy, Integer annexIii,
			ProviderType provider, String providerName, Set<DataCategory> data, Iso22989Role isoRole,
			EuAiActRole euRole, boolean inScope, LocalDate review) {
		return new AiSystemDetails(name, description, purpose, businessOwner, technicalOwner, unit, stage, context,
				aboutPeople, domain, autonomy, tier, tierWhy, annexIii, provider, providerName, data, isoRole, euRole,
				inScope, inScope ? "Developed or used by a unit inside the AIMS boundary." : "Retired before the AIMS.",
				review);
	}

}
