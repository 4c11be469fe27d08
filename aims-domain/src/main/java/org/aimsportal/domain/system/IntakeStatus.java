package org.aimsportal.domain.system;

/** How a system entered the inventory. */
public enum IntakeStatus {

	/** Registered directly by someone who maintains the register. */
	REGISTERED,
	/** Proposed through the use-case intake form and waiting for a compliance officer. */
	AWAITING_REVIEW,
	/** A proposal that a compliance officer has taken into the inventory. */
	ACCEPTED

}
