package org.aimsportal.domain.scope;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

public interface ScopeStatementRepository extends Repository<ScopeStatement, UUID> {

	ScopeStatement save(ScopeStatement statement);

	Optional<ScopeStatement> findFirstByOrderByRevisionDesc();

	Optional<ScopeStatement> findByRevision(int revision);

	List<ScopeStatement> findAllByOrderByRevisionDesc();

}
