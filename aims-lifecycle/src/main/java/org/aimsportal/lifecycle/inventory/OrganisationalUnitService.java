package org.aimsportal.lifecycle.inventory;

import java.util.List;
import java.util.UUID;

import org.aimsportal.domain.system.OrganisationalUnit;
import org.aimsportal.domain.system.OrganisationalUnitRepository;
import org.aimsportal.domain.user.AccessRules;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisational units that own AI systems. */
@Service
@Transactional(readOnly = true)
public class OrganisationalUnitService {

	private final OrganisationalUnitRepository units;

	OrganisationalUnitService(OrganisationalUnitRepository units) {
		this.units = units;
	}

	@PreAuthorize(AccessRules.SIGNED_IN)
	public List<OrganisationalUnit> all() {
		return this.units.findAllByOrderByName();
	}

	@PreAuthorize(AccessRules.ADMINISTER)
	@Transactional
	public UUID create(String name, String region) {
		if (this.units.findByNameIgnoreCase(name.trim()).isPresent()) {
			throw new IllegalArgumentException("A unit named " + name + " exists already");
		}
		return this.units.save(new OrganisationalUnit(name.trim(), region.trim())).getId();
	}

}
