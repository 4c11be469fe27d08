package org.aimsportal.domain.system;

/** Risk tier under the EU AI Act (Regulation (EU) 2024/1689). */
public enum EuRiskTier {

	PROHIBITED, HIGH, LIMITED, MINIMAL, NOT_CLASSIFIED

}
