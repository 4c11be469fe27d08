package org.aimsportal.risk.triage;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aimsportal.domain.system.AiSystem;
import org.aimsportal.domain.system.AiSystemDetailsChanged;
import org.aimsportal.domain.system.AiSystemRegistered;
import org.aimsportal.domain.system.AiSystemRepository;
import org.aimsportal.domain.shared.VersionConflictException;
import org.aimsportal.domain.triage.TriageCriterion;
import org.aimsportal.domain.triage.TriageCriterionRepository;
import org.aimsportal.domain.triage.TriagePolicy;
import org.aimsportal.domain.triage.TriagePolicyRepository;
import org.aimsportal.domain.triage.TriageRule;
import org.aimsportal.domain.user.AccessRules;
import org.aimsportal.risk.triage.GovernanceTriage.TriageResult;
import org.aimsportal.risk.triage.GovernanceTriage.Weighting;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the governance-review triage whenever a system is registered or its facts change. It listens to
 * the inventory's events instead of being called, so the inventory (in aims-lifecycle) never depends on
 * risk, and it runs inside the publishing transaction so a system is never stored untriaged.
 */
@Service
@Transactional(readOnly = true)
public class TriageService {

	private final AiSystemRepository systems;

	private final TriageCriterionRepository criteria;

	private final TriagePolicyRepository policies;

	private final Clock clock;

	TriageService(AiSystemRepository systems, TriageCriterionRepository criteria, TriagePolicyRepository policies,
			Clock clock) {
		this.systems = systems;
		this.criteria = criteria;
		this.policies = policies;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void on(AiSystemRegistered event) {
		retriage(this.systems.getById(event.systemId()), currentRules());
	}

	@EventListener
	@Transactional
	public void on(AiSystemDetailsChanged event) {
		retriage(this.systems.getById(event.systemId()), currentRules());
	}

	@PreAuthorize(AccessRules.SIGNED_IN)
	public TriageConfiguration configuration() {
		TriagePolicy policy = this.policies.current();
		List<CriterionView> views = this.criteria.findAllByOrderBySortOrder()
			.stream()
			.map((c) -> new CriterionView(c.getCode(), c.getWeight(), c.isEnabled()))
			.toList();
		return new TriageConfiguration(policy.getReviewThreshold(), policy.getVersion(), views);
	}

	/** Explains the stored result of a system: the rules that fired, their weights and the threshold. */
	@PreAuthorize(AccessRules.SIGNED_IN)
	public TriageResult explain(UUID systemId) {
		AiSystem system = this.systems.getById(systemId);
		return new TriageResult(system.getTriageOutcome(), system.getTriageScore(),
				this.policies.current().getReviewThreshold(),
				system.getTriageRules().stream().map(GovernanceTriage.FiredRule::decode).toList());
	}

	/** Changes the criteria and threshold, then re-triages every active system with them. */
	@PreAuthorize(AccessRules.ADMINISTER)
	@Transactional
	public int configure(ConfigureTriageCommand command) {
		TriagePolicy policy = this.policies.current();
		VersionConflictException.check("The triage policy", command.policyVersion(), policy.getVersion());
		policy.changeThreshold(command.threshold());
		this.policies.save(policy);
		Map<TriageRule, TriageCriterion> byRule = this.criteria.findAllByOrderBySortOrder()
			.stream()
			.collect(Collectors.toMap(TriageCriterion::getCode, Function.identity()));
		for (CriterionView change : command.criteria()) {
			TriageCriterion criterion = byRule.get(change.rule());
			if (criterion != null) {
				criterion.configure(change.weight(), change.enabled());
				this.criteria.save(criterion);
			}
		}
		Rules rules = currentRules();
		List<AiSystem> active = this.systems.findAllActive();
		active.forEach((system) -> retriage(system, rules));
		return active.size();
	}

	private Rules currentRules() {
		List<Weighting> weightings = this.criteria.findAllByOrderBySortOrder()
			.stream()
			.map((c) -> new Weighting(c.getCode(), c.getWeight(), c.isEnabled()))
			.toList();
		return new Rules(weightings, this.policies.current().getReviewThreshold());
	}

	private void retriage(AiSystem system, Rules rules) {
		TriageResult result = GovernanceTriage.evaluate(system.details(), rules.weightings(), rules.threshold());
		system.recordTriage(result.outcome(), result.score(),
				result.fired().stream().map(GovernanceTriage.FiredRule::encoded).toList(), this.clock.instant());
	}

	private record Rules(List<Weighting> weightings, int threshold) {
	}

	public record CriterionView(TriageRule rule, int weight, boolean enabled) {
	}

	public record TriageConfiguration(int threshold, Long policyVersion, List<CriterionView> criteria) {
	}

	public record ConfigureTriageCommand(int threshold, long policyVersion, List<CriterionView> criteria) {
	}

}
