package org.aimsportal.domain.system;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface OrganisationalUnitRepository extends Repository<OrganisationalUnit, UUID> {

	OrganisationalUnit save(OrganisationalUnit unit);

	Optional<OrganisationalUnit> findById(UUID id);

	List<OrganisationalUnit> findAllByOrderByName();

	Optional<OrganisationalUnit> findByNameIgnoreCase(String name);

	long count();

	@Query("select new org.aimsportal.domain.user.NamedOption(u.id, concat(u.name, ' (', u.region, ')'))"
			+ " from OrganisationalUnit u order by u.name")
	List<org.aimsportal.domain.user.NamedOption> findAllAsOptions();

}
