package org.aimsportal.domain.system;

/** A system as the AIMS scope page lists it: included or excluded, why, and the organisation's roles. */
public record ScopeSystemRow(String referenceCode, String name, boolean inAimsScope, String scopeJustification,
		Iso22989Role isoRole, EuAiActRole euRole, LifecycleStage stage) {

}
