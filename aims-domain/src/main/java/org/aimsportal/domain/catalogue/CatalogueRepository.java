package org.aimsportal.domain.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface CatalogueRepository extends Repository<CatalogueEntry, String> {

	List<CatalogueEntry> findByKindInOrderBySortKey(Collection<CatalogueKind> kinds);

	Optional<CatalogueEntry> findByCode(String code);

	List<CatalogueEntry> findByParentCodeOrderBySortKey(String parentCode);

	long countByKind(CatalogueKind kind);

}
