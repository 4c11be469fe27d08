package org.aimsportal.domain.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.hibernate.annotations.Immutable;

/** A clause, control or Annex C item. Seeded by migration and never edited in the portal. */
@Entity
@Immutable
@Table(name = "catalogue_entries")
public class CatalogueEntry {

	@Id
	private String code;

	@Enumerated(EnumType.STRING)
	private CatalogueKind kind;

	@Column(name = "parent_code")
	private @Nullable String parentCode;

	private String title;

	private String description;

	@Column(name = "documented_information")
	private boolean documentedInformation;

	/** Zero-padded code so that A.2.2 sorts before A.10.2. */
	@Column(name = "sort_key")
	private String sortKey;

	protected CatalogueEntry() {
	}

	public String getCode() {
		return this.code;
	}

	public CatalogueKind getKind() {
		return this.kind;
	}

	public @Nullable String getParentCode() {
		return this.parentCode;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public boolean isDocumentedInformation() {
		return this.documentedInformation;
	}

	public String getSortKey() {
		return this.sortKey;
	}

}
