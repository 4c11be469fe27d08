package org.aimsportal.domain.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	List<AuditEntry> findByEntityTypeAndEntityIdOrderByIdDesc(String entityType, String entityId);

	/** Entries after {@code afterId} in chain order, a page at a time, for verification. */
	List<AuditEntry> findTop1000ByIdGreaterThanOrderById(long afterId);

	Page<AuditEntry> findAllByOrderByIdDesc(Pageable pageable);

	long count();

}
