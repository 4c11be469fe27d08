package org.aimsportal.risk.triage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.aimsportal.domain.system.AiSystemDetails;
import org.aimsportal.domain.system.AutonomyLevel;
import org.aimsportal.domain.system.DeploymentContext;
import org.aimsportal.domain.system.EuRiskTier;
import org.aimsportal.domain.system.HighStakesDomain;
import org.aimsportal.domain.system.ProviderType;
import org.aimsportal.domain.system.TriageOutcome;
import org.aimsportal.domain.triage.TriageRule;

/**
 * Decides whether an AI system needs formal governance review: each enabled rule that holds adds its
 * weight, and a total at or above the threshold requires review. Pure logic, no Spring.
 */
public final class GovernanceTriage {

	private GovernanceTriage() {
	}

	public static TriageResult evaluate(AiSystemDetails system, List<Weighting> criteria, int threshold) {
		List<FiredRule> fired = new ArrayList<>();
		int score = 0;
		for (Weighting criterion : criteria) {
			if (criterion.enabled() && holds(criterion.rule()).test(system)) {
				fired.add(new FiredRule(criterion.rule(), criterion.weight()));
				score += criterion.weight();
			}
		}
		TriageOutcome outcome = (score >= threshold) ? TriageOutcome.REVIEW_REQUIRED
				: TriageOutcome.NO_REVIEW_REQUIRED;
		return new TriageResult(outcome, score, threshold, List.copyOf(fired));
	}

	static Predicate<AiSystemDetails> holds(TriageRule rule) {
		Set<HighStakesDomain> notHighStakes = EnumSet.of(HighStakesDomain.NONE);
		return switch (rule) {
			case EU_PROHIBITED_TIER -> (s) -> s.euRiskTier() == EuRiskTier.PROHIBITED;
			case EU_HIGH_TIER -> (s) -> s.euRiskTier() == EuRiskTier.HIGH;
			case HIGH_STAKES_DOMAIN -> (s) -> !notHighStakes.contains(s.highStakesDomain());
			case DECISIONS_ABOUT_PEOPLE -> AiSystemDetails::decisionsAboutPeople;
			case SPECIAL_CATEGORY_DATA -> AiSystemDetails::processesSpecialCategoryData;
			case FULLY_AUTOMATED -> (s) -> s.autonomyLevel() == AutonomyLevel.FULLY_AUTOMATED;
			case PUBLIC_FACING -> (s) -> s.deploymentContext() == DeploymentContext.PUBLIC;
			case PERSONAL_DATA -> AiSystemDetails::processesPersonalData;
			case THIRD_PARTY_PROVIDER -> (s) -> s.providerType() == ProviderType.THIRD_PARTY;
			case NOT_CLASSIFIED -> (s) -> s.euRiskTier() == EuRiskTier.NOT_CLASSIFIED;
		};
	}

	/** A criterion's configuration as the rules see it. */
	public record Weighting(TriageRule rule, int weight, boolean enabled) {
	}

	/** A rule that held, with the weight it contributed. */
	public record FiredRule(TriageRule rule, int weight) {

		/** Stored form, e.g. {@code HIGH_STAKES_DOMAIN:3}. */
		public String encoded() {
			return this.rule.name() + ":" + this.weight;
		}

		public static FiredRule decode(String encoded) {
			int colon = encoded.indexOf(':');
			return new FiredRule(TriageRule.valueOf(encoded.substring(0, colon)),
					Integer.parseInt(encoded.substring(colon + 1)));
		}

	}

	/** The outcome, the score and the rules behind it. */
	public record TriageResult(TriageOutcome outcome, int score, int threshold, List<FiredRule> fired) {
	}

}
