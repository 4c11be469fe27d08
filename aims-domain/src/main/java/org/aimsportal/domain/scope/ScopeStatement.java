package org.aimsportal.domain.scope;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.aimsportal.domain.shared.AuditedEntity;

import org.springframework.util.Assert;

/**
 * One published revision of the AIMS scope (clause 4.3) with its context (4.1) and interested parties
 * (4.2). Revisions are never edited: a change publishes the next revision.
 */
@Entity
@Table(name = "scope_statements")
public class ScopeStatement extends AuditedEntity<ScopeStatement> {

	@Column(updatable = false)
	private int revision;

	@Column(updatable = false)
	private String statement;

	@Column(updatable = false)
	private String boundaries;

	@Column(updatable = false)
	private String units;

	@Column(updatable = false)
	private String locations;

	@Column(name = "internal_issues", updatable = false)
	private String internalIssues;

	@Column(name = "external_issues", updatable = false)
	private String externalIssues;

	@Column(name = "interested_parties", updatable = false)
	private String interestedParties;

	/** The included and excluded systems at publication, as JSON, so the revision stays a true record. */
	@Column(name = "systems_snapshot", updatable = false)
	private String systemsSnapshot;

	@Column(name = "change_note", updatable = false)
	private String changeNote;

	protected ScopeStatement() {
	}

	public ScopeStatement(int revision, ScopeContent content, String systemsSnapshot) {
		Assert.isTrue(revision >= 1, "revisions start at 1");
		Assert.hasText(content.statement(), "the scope statement is required");
		this.revision = revision;
		this.statement = content.statement();
		this.boundaries = content.boundaries();
		this.units = content.units();
		this.locations = content.locations();
		this.internalIssues = content.internalIssues();
		this.externalIssues = content.externalIssues();
		this.interestedParties = content.interestedParties();
		this.changeNote = content.changeNote();
		this.systemsSnapshot = systemsSnapshot;
	}

	public ScopeContent content() {
		return new ScopeContent(this.statement, this.boundaries, this.units, this.locations, this.internalIssues,
				this.externalIssues, this.interestedParties, this.changeNote);
	}

	public int getRevision() {
		return this.revision;
	}

	public String getSystemsSnapshot() {
		return this.systemsSnapshot;
	}

}
