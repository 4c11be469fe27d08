package org.aimsportal.domain.system;

/** Who the system's outputs reach. */
public enum DeploymentContext {

	INTERNAL, CUSTOMER_FACING, PUBLIC

}
