package org.aimsportal.web.scope;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.aimsportal.audit.scope.ScopeService.ScopeRevision;
import org.aimsportal.domain.scope.ScopeContent;
import org.jspecify.annotations.Nullable;

public class ScopeFormData {

	@NotBlank
	@Size(max = 10000)
	private @Nullable String statement;

	@Size(max = 10000)
	private @Nullable String boundaries;

	@Size(max = 10000)
	private @Nullable String units;

	@Size(max = 10000)
	private @Nullable String locations;

	@Size(max = 10000)
	private @Nullable String internalIssues;

	@Size(max = 10000)
	private @Nullable String externalIssues;

	@Size(max = 10000)
	private @Nullable String interestedParties;

	@NotBlank
	@Size(max = 1000)
	private @Nullable String changeNote;

	private int basedOnRevision;

	static ScopeFormData from(@Nullable ScopeRevision revision) {
		ScopeFormData f = new ScopeFormData();
		if (revision != null) {
			ScopeContent c = revision.content();
			f.statement = c.statement();
			f.boundaries = c.boundaries();
			f.units = c.units();
			f.locations = c.locations();
			f.internalIssues = c.internalIssues();
			f.externalIssues = c.externalIssues();
			f.interestedParties = c.interestedParties();
			f.basedOnRevision = revision.revision();
		}
		return f;
	}

	ScopeContent toContent() {
		return new ScopeContent(s(this.statement), s(this.boundaries), s(this.units), s(this.locations),
				s(this.internalIssues), s(this.externalIssues), s(this.interestedParties), s(this.changeNote));
	}

	private static String s(@Nullable String v) {
		return (v != null) ? v : "";
	}

	public @Nullable String getStatement() { return this.statement; }
	public void setStatement(@Nullable String v) { this.statement = v; }
	public @Nullable String getBoundaries() { return this.boundaries; }
	public void setBoundaries(@Nullable String v) { this.boundaries = v; }
	public @Nullable String getUnits() { return this.units; }
	public void setUnits(@Nullable String v) { this.units = v; }
	public @Nullable String getLocations() { return this.locations; }
	public void setLocations(@Nullable String v) { this.locations = v; }
	public @Nullable String getInternalIssues() { return this.internalIssues; }
	public void setInternalIssues(@Nullable String v) { this.internalIssues = v; }
	public @Nullable String getExternalIssues() { return this.externalIssues; }
	public void setExternalIssues(@Nullable String v) { this.externalIssues = v; }
	public @Nullable String getInterestedParties() { return this.interestedParties; }
	public void setInterestedParties(@Nullable String v) { this.interestedParties = v; }
	public @Nullable String getChangeNote() { return this.changeNote; }
	public void setChangeNote(@Nullable String v) { this.changeNote = v; }
	public int getBasedOnRevision() { return this.basedOnRevision; }
	public void setBasedOnRevision(int v) { this.basedOnRevision = v; }

}
