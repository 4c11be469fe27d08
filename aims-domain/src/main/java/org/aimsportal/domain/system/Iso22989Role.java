package org.aimsportal.domain.system;

/** The organisation's role for this system in the terms of ISO/IEC 22989 (clause 4.1). */
public enum Iso22989Role {

	PROVIDER, PRODUCER, CUSTOMER, PARTNER, SUBJECT, RELEVANT_AUTHORITY

}
