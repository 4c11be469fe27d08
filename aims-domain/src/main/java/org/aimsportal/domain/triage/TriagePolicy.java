package org.aimsportal.domain.triage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.aimsportal.domain.shared.AuditedEntity;

import org.springframework.util.Assert;

/** The score at which a system requires formal governance review. There is exactly one. */
@Entity
@Table(name = "triage_policies")
public class TriagePolicy extends AuditedEntity<TriagePolicy> {

	@Column(name = "review_threshold")
	private int reviewThreshold;

	protected TriagePolicy() {
	}

	public void changeThreshold(int threshold) {
		Assert.isTrue(threshold >= 1 && threshold <= 100, "threshold must be between 1 and 100");
		this.reviewThreshold = threshold;
	}

	public int getReviewThreshold() {
		return this.reviewThreshold;
	}

}
