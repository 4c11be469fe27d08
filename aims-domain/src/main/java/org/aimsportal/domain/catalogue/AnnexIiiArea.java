package org.aimsportal.domain.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An EU AI Act Annex III high-risk area. */
@Entity
@Immutable
@Table(name = "eu_annex_iii_areas")
public class AnnexIiiArea {

	@Id
	private Integer number;

	private String title;

	private String summary;

	protected AnnexIiiArea() {
	}

	public Integer getNumber() {
		return this.number;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

}
