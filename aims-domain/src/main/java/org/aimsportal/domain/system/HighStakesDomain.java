package org.aimsportal.domain.system;

/** Domains where errors can seriously harm people; NONE covers everything else. */
public enum HighStakesDomain {

	HEALTH, FINANCE, EMPLOYMENT, EDUCATION, CRITICAL_INFRASTRUCTURE, LAW_ENFORCEMENT, NONE

}
