package org.aimsportal.domain.system;

/** The organisation's role for this system under the EU AI Act. */
public enum EuAiActRole {

	PROVIDER, DEPLOYER, IMPORTER, DISTRIBUTOR, NOT_APPLICABLE

}
