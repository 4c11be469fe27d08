package org.aimsportal.domain.system;

/** The columns the inventory list can be sorted by, with the JPQL expression behind each. */
public enum AiSystemSort {

	CODE("lower(s.referenceCode)"), NAME("lower(s.name)"), STAGE("s.lifecycleStage"), TIER("s.euRiskTier"),
	TRIAGE("s.triageOutcome"), UNIT("lower(u.name)"), OWNER("lower(bo.displayName)"), UPDATED("s.lastModifiedAt");

	private final String expression;

	AiSystemSort(String expression) {
		this.expression = expression;
	}

	String expression() {
		return this.expression;
	}

}
