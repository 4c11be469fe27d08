package org.aimsportal.domain.system;

import org.aimsportal.domain.shared.AuditedEntity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.springframework.util.Assert;

/** A business unit that owns AI systems, placed in a region. */
@Entity
@Table(name = "organisational_units")
public class OrganisationalUnit extends AuditedEntity<OrganisationalUnit> {

	private String name;

	private String region;

	protected OrganisationalUnit() {
	}

	public OrganisationalUnit(String name, String region) {
		Assert.hasText(name, "name is required");
		this.name = name;
		this.region = region;
	}

	public String getName() {
		return this.name;
	}

	public String getRegion() {
		return this.region;
	}

}
