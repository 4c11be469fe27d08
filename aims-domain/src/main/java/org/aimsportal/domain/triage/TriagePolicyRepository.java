package org.aimsportal.domain.triage;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

public interface TriagePolicyRepository extends Repository<TriagePolicy, UUID> {

	List<TriagePolicy> findAll();

	TriagePolicy save(TriagePolicy policy);

	default TriagePolicy current() {
		return findAll().get(0);
	}

}
