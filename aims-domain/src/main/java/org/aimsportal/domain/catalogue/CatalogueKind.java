package org.aimsportal.domain.catalogue;

/** What a catalogue entry is within ISO/IEC 42001. */
public enum CatalogueKind {

	/** A top-level management-system clause (4 to 10). */
	CLAUSE,
	/** A requirement under a clause, such as 6.1.2. */
	SUBCLAUSE,
	/** An Annex A control objective (A.2 to A.10). */
	ANNEX_A_OBJECTIVE,
	/** One of the two groups inside A.6 (A.6.1, A.6.2). */
	ANNEX_A_SUB_OBJECTIVE,
	/** An assessable Annex A control. */
	ANNEX_A_CONTROL,
	/** A potential AI-related organisational objective from Annex C. */
	ANNEX_C_OBJECTIVE,
	/** A risk source from Annex C. */
	ANNEX_C_RISK_SOURCE

}
