package org.aimsportal.domain.triage;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

public interface TriageCriterionRepository extends Repository<TriageCriterion, UUID> {

	List<TriageCriterion> findAllByOrderBySortOrder();

	TriageCriterion save(TriageCriterion criterion);

}
