package org.aimsportal.domain.catalogue;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface CrosswalkRepository extends Repository<CrosswalkLink, Long> {

	List<CrosswalkLink> findBySourceCodeOrderByFramework(String sourceCode);

}
