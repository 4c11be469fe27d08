package org.aimsportal.lifecycle.inventory;

/** Another system already uses the reference code. */
public class DuplicateReferenceCodeException extends RuntimeException {

	public DuplicateReferenceCodeException(String code) {
		super("The reference code " + code + " is already used by another AI system");
	}

}
