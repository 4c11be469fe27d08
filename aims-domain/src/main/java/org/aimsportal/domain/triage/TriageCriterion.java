package org.aimsportal.domain.triage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.aimsportal.domain.shared.AuditedEntity;

import org.springframework.util.Assert;

/** How much one {@link TriageRule} weighs, and whether it is considered at all. */
@Entity
@Table(name = "triage_criteria")
public class TriageCriterion extends AuditedEntity<TriageCriterion> {

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private TriageRule code;

	private int weight;

	private boolean enabled;

	@Column(name = "sort_order")
	private int sortOrder;

	protected TriageCriterion() {
	}

	public void configure(int newWeight, boolean nowEnabled) {
		Assert.isTrue(newWeight >= 0 && newWeight <= 100, "weight must be between 0 and 100");
		this.weight = newWeight;
		this.enabled = nowEnabled;
	}

	public TriageRule getCode() {
		return this.code;
	}

	public int getWeight() {
		return this.weight;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public String auditId() {
		return this.code.name();
	}

}
