package org.aimsportal.domain.audit;

/** What happened to a record. */
public enum AuditAction {

	CREATE, UPDATE, ARCHIVE

}
