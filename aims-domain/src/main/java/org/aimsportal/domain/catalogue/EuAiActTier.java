package org.aimsportal.domain.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** Reference description of an EU AI Act risk tier. */
@Entity
@Immutable
@Table(name = "eu_ai_act_tiers")
public class EuAiActTier {

	@Id
	private String code;

	private String title;

	@Column(name = "legal_basis")
	private String legalBasis;

	private String summary;

	@Column(name = "sort_order")
	private int sortOrder;

	protected EuAiActTier() {
	}

	public String getCode() {
		return this.code;
	}

	public String getTitle() {
		return this.title;
	}

	public String getLegalBasis() {
		return this.legalBasis;
	}

	public String getSummary() {
		return this.summary;
	}

}
