package org.aimsportal.domain.system;

/** Lifecycle stages of an AI system, in the order a system normally passes through them. */
public enum LifecycleStage {

	CONCEPT, DESIGN, TRAINING, VALIDATION, DEPLOYMENT, MONITORING, DECOMMISSIONING, RETIRED

}
