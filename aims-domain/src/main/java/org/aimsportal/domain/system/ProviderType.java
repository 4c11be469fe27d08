package org.aimsportal.domain.system;

/** Whether the system is built in-house or bought from a third party. */
public enum ProviderType {

	IN_HOUSE, THIRD_PARTY

}
