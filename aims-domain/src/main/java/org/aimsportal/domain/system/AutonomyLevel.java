package org.aimsportal.domain.system;

/** How much a human is involved before the system's output takes effect. */
public enum AutonomyLevel {

	HUMAN_IN_THE_LOOP, HUMAN_ON_THE_LOOP, FULLY_AUTOMATED

}
