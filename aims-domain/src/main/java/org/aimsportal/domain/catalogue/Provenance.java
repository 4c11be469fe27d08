package org.aimsportal.domain.catalogue;

/** Where a crosswalk row comes from, so that the UI can tell official links from inferred ones. */
public enum Provenance {

	/** Published by a standards body (the NIST AI RMF to ISO/IEC 42001 crosswalk). */
	OFFICIAL_CROSSWALK,
	/** Derived by joining published mappings (the SCF mappings of both standards). */
	DERIVED_MAPPING,
	/** Our own topical alignment: a suggestion, not an authoritative link. */
	OWN_ALIGNMENT

}
