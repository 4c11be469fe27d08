package org.aimsportal.domain.system;

/** Categories of data an AI system processes. */
public enum DataCategory {

	NON_PERSONAL(false, false), PERSONAL(true, false), SPECIAL_CATEGORY(true, true), BIOMETRIC(true, true),
	CHILDREN(true, false), FINANCIAL(true, false), CONFIDENTIAL_BUSINESS(false, false), PUBLIC_WEB(false, false);

	private final boolean personal;

	private final boolean specialCategory;

	DataCategory(boolean personal, boolean specialCategory) {
		this.personal = personal;
		this.specialCategory = specialCategory;
	}

	/** Data about identifiable people, which brings privacy obligations. */
	public boolean isPersonal() {
		return this.personal;
	}

	/** Sensitive personal data (GDPR Art. 9 and biometrics), which needs the strongest protection. */
	public boolean isSpecialCategory() {
		return this.specialCategory;
	}

}
