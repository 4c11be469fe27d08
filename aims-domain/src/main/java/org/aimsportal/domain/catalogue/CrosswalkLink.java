package org.aimsportal.domain.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One row of the crosswalk from a clause or control to another framework. */
@Entity
@Immutable
@Table(name = "crosswalk_links")
public class CrosswalkLink {

	@Id
	private Long id;

	@Column(name = "source_code")
	private String sourceCode;

	@Column(name = "source_label")
	private String sourceLabel;

	private String framework;

	private String target;

	@Enumerated(EnumType.STRING)
	private Provenance provenance;

	protected CrosswalkLink() {
	}

	public String getSourceCode() {
		return this.sourceCode;
	}

	public String getSourceLabel() {
		return this.sourceLabel;
	}

	public String getFramework() {
		return this.framework;
	}

	public String getTarget() {
		return this.target;
	}

	public Provenance getProvenance() {
		return this.provenance;
	}

}
