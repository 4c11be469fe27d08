package org.aimsportal.domain.scope;

/** The text of a scope revision. Multi-line fields hold one item per line. */
public record ScopeContent(String statement, String boundaries, String units, String locations,
		String internalIssues, String externalIssues, String interestedParties, String changeNote) {

}
