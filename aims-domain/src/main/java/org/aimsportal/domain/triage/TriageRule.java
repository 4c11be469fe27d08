package org.aimsportal.domain.triage;

/** A fact about an AI system that counts towards requiring formal governance review. */
public enum TriageRule {

	/** Classified as a prohibited practice under the EU AI Act. */
	EU_PROHIBITED_TIER,
	/** Classified as high risk under the EU AI Act. */
	EU_HIGH_TIER,
	/** Used in health, finance, employment, education, critical infrastructure or law enforcement. */
	HIGH_STAKES_DOMAIN,
	/** Makes or supports decisions about people. */
	DECISIONS_ABOUT_PEOPLE,
	/** Processes special-category or biometric data. */
	SPECIAL_CATEGORY_DATA,
	/** Acts without a human reviewing each output. */
	FULLY_AUTOMATED,
	/** Its outputs reach the public. */
	PUBLIC_FACING,
	/** Processes personal data. */
	PERSONAL_DATA,
	/** Built by a third party. */
	THIRD_PARTY_PROVIDER,
	/** Its EU AI Act tier has not been decided yet. */
	NOT_CLASSIFIED

}
