package org.aimsportal.domain.system;

/** Result of the governance-review triage. */
public enum TriageOutcome {

	REVIEW_REQUIRED, NO_REVIEW_REQUIRED, PENDING

}
