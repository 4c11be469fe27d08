package org.aimsportal.risk.triage;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

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
import org.aimsportal.domain.system.TriageOutcome;
import org.aimsportal.domain.triage.TriageRule;
import org.aimsportal.risk.triage.GovernanceTriage.FiredRule;
import org.aimsportal.risk.triage.GovernanceTriage.TriageResult;
import org.aimsportal.risk.triage.GovernanceTriage.Weighting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GovernanceTriageTests {

	private static final UUID ID = UUID.randomUUID();

	/** The shipped defaults (V5 migration). */
	private static final List<Weighting> DEFAULTS = List.of(new Weighting(TriageRule.EU_PROHIBITED_TIER, 100, true),
			new Weighting(TriageRule.EU_HIGH_TIER, 10, true), new Weighting(TriageRule.HIGH_STAKES_DOMAIN, 3, true),
			new Weighting(TriageRule.DECISIONS_ABOUT_PEOPLE, 3, true),
			new Weighting(TriageRule.SPECIAL_CATEGORY_DATA, 3, true), new Weighting(TriageRule.FULLY_AUTOMATED, 2, true),
			new Weighting(TriageRule.PUBLIC_FACING, 2, true), new Weighting(TriageRule.PERSONAL_DATA, 1, true),
			new Weighting(TriageRule.THIRD_PARTY_PROVIDER, 1, true), new Weighting(TriageRule.NOT_CLASSIFIED, 1, true));

	private static AiSystemDetails system(EuRiskTier tier, HighStakesDomain domain, boolean aboutPeople,
			AutonomyLevel autonomy, DeploymentContext context, ProviderType provider, DataCategory... data) {
		return new AiSystemDetails("S", "", "p", ID, ID, ID, LifecycleStage.DESIGN, context, aboutPeople, domain, autonomy,
				tier, "", null, provider, "", data.length == 0 ? EnumSet.noneOf(DataCategory.class)
						: EnumSet.copyOf(Arrays.asList(data)),
				Iso22989Role.PROVIDER, EuAiActRole.PROVIDER, true, "in", null);
	}

	private static AiSystemDetails harmless() {
		return system(EuRiskTier.MINIMAL, HighStakesDomain.NONE, false, AutonomyLevel.HUMAN_IN_THE_LOOP,
				DeploymentContext.INTERNAL, ProviderType.IN_HOUSE, DataCategory.NON_PERSONAL);
	}

	@Test
	void aHarmlessInternalToolNeedsNoFormalReview() {
		TriageResult result = GovernanceTriage.evaluate(harmless(), DEFAULTS, 3);
		assertThat(result.outcome()).isEqualTo(TriageOutcome.NO_REVIEW_REQUIRED);
		assertThat(result.score()).isZero();
		assertThat(result.fired()).isEmpty();
	}

	@Test
	void aHighRiskHiringToolRequiresReviewAndSaysWhy() {
		AiSystemDetails hiring = system(EuRiskTier.HIGH, HighStakesDomain.EMPLOYMENT, true,
				AutonomyLevel.HUMAN_IN_THE_LOOP, DeploymentContext.INTERNAL, ProviderType.THIRD_PARTY,
				DataCategory.PERSONAL);
		TriageResult result = GovernanceTriage.evaluate(hiring, DEFAULTS, 3);
		assertThat(result.outcome()).isEqualTo(TriageOutcome.REVIEW_REQUIRED);
		assertThat(result.fired()).extracting(FiredRule::rule)
			.containsExactly(TriageRule.EU_HIGH_TIER, TriageRule.HIGH_STAKES_DOMAIN, TriageRule.DECISIONS_ABOUT_PEOPLE,
					TriageRule.PERSONAL_DATA, TriageRule.THIRD_PARTY_PROVIDER);
		assertThat(result.score()).isEqualTo(10 + 3 + 3 + 1 + 1);
	}

	@ParameterizedTest(name = "score {0} against threshold {1} → {2}")
	@CsvSource({ "2, 3, NO_REVIEW_REQUIRED", "3, 3, REVIEW_REQUIRED", "4, 3, REVIEW_REQUIRED", "2, 2, REVIEW_REQUIRED" })
	void theThresholdIsInclusive(int weight, int threshold, TriageOutcome expected) {
		AiSystemDetails publicChatbot = system(EuRiskTier.MINIMAL, HighStakesDomain.NONE, false,
				AutonomyLevel.HUMAN_IN_THE_LOOP, DeploymentContext.PUBLIC, ProviderType.IN_HOUSE);
		TriageResult result = GovernanceTriage.evaluate(publicChatbot,
				List.of(new Weighting(TriageRule.PUBLIC_FACING, weight, true)), threshold);
		assertThat(result.score()).isEqualTo(weight);
		assertThat(result.outcome()).isEqualTo(expected);
	}

	@Test
	void aDisabledCriterionNeverCounts() {
		AiSystemDetails automated = system(EuRiskTier.MINIMAL, HighStakesDomain.NONE, false,
				AutonomyLevel.FULLY_AUTOMATED, DeploymentContext.INTERNAL, ProviderType.IN_HOUSE);
		TriageResult result = GovernanceTriage.evaluate(automated,
				List.of(new Weighting(TriageRule.FULLY_AUTOMATED, 50, false)), 1);
		assertThat(result.outcome()).isEqualTo(TriageOutcome.NO_REVIEW_REQUIRED);
		assertThat(result.fired()).isEmpty();
	}

	@Test
	void aProhibitedPracticeAlwaysRequiresReviewWithTheDefaults() {
		AiSystemDetails prohibited = system(EuRiskTier.PROHIBITED, HighStakesDomain.NONE, false,
				AutonomyLevel.HUMAN_IN_THE_LOOP, DeploymentContext.INTERNAL, ProviderType.IN_HOUSE);
		assertThat(GovernanceTriage.evaluate(prohibited, DEFAULTS, 100).outcome()).isEqualTo(TriageOutcome.REVIEW_REQUIRED);
	}

	@Test
	void specialCategoryDataAlsoCountsAsPersonalData() {
		AiSystemDetails biometric = system(EuRiskTier.MINIMAL, HighStakesDomain.NONE, false,
				AutonomyLevel.HUMAN_IN_THE_LOOP, DeploymentContext.INTERNAL, ProviderType.IN_HOUSE, DataCategory.BIOMETRIC);
		assertThat(GovernanceTriage.evaluate(biometric, DEFAULTS, 3).fired()).extracting(FiredRule::rule)
			.containsExactly(TriageRule.SPECIAL_CATEGORY_DATA, TriageRule.PERSONAL_DATA);
	}

	@Test
	void everyRuleHasAPredicate() {
		for (TriageRule rule : TriageRule.values()) {
			assertThat(GovernanceTriage.holds(rule).test(harmless())).as(rule.name()).isFalse();
		}
	}

	@Test
	void firedRulesRoundTripThroughTheirStoredForm() {
		FiredRule rule = new FiredRule(TriageRule.HIGH_STAKES_DOMAIN, 3);
		assertThat(rule.encoded()).isEqualTo("HIGH_STAKES_DOMAIN:3");
		assertThat(FiredRule.decode(rule.encoded())).isEqualTo(rule);
	}

}
