package org.aimsportal.domain.user;

/** What a personal API token may do. */
public enum TokenScope {

	/** GET requests only. */
	READ,
	/** Reads and changes, within the owner's roles. */
	WRITE

}
