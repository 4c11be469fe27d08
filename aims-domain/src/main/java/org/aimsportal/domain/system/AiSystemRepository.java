package org.aimsportal.domain.system;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aimsportal.domain.shared.NotFoundException;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AiSystemRepository extends Repository<AiSystem, UUID>, AiSystemSearch {

	AiSystem save(AiSystem system);

	Optional<AiSystem> findById(UUID id);

	Optional<AiSystem> findByReferenceCodeIgnoreCase(String referenceCode);

	boolean existsByReferenceCodeIgnoreCase(String referenceCode);

	long count();

	@Query("select s from AiSystem s where s.archivedAt is null")
	List<AiSystem> findAllActive();

	@Query("select s.lifecycleStage, count(s) from AiSystem s where s.archivedAt is null group by s.lifecycleStage")
	List<Object[]> countActiveByStage();

	long countByArchivedAtIsNullAndTriageOutcome(TriageOutcome outcome);

	long countByArchivedAtIsNullAndEuRiskTier(EuRiskTier tier);

	long countByArchivedAtIsNullAndIntakeStatus(IntakeStatus status);

	@Query("select new org.aimsportal.domain.system.ScopeSystemRow(s.referenceCode, s.name, s.inAimsScope,"
			+ " s.scopeJustification, s.isoRole, s.euRole, s.lifecycleStage) from AiSystem s"
			+ " where s.archivedAt is null order by s.inAimsScope desc, lower(s.referenceCode)")
	List<ScopeSystemRow> findScopeRows();

	@Query(value = "select nextval('ai_system_reference_seq')", nativeQuery = true)
	long nextReferenceNumber();

	@Query("select s from AiSystem s where s.archivedAt is null and s.nextReviewDate is not null "
			+ "and s.nextReviewDate <= :until order by s.nextReviewDate")
	List<AiSystem> findActiveWithReviewDueBy(java.time.LocalDate until);

	default AiSystem getById(UUID id) {
		return findById(id).orElseThrow(() -> new NotFoundException("AI system", id));
	}

}
