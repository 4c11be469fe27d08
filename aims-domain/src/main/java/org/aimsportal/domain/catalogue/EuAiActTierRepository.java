package org.aimsportal.domain.catalogue;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface EuAiActTierRepository extends Repository<EuAiActTier, String> {

	List<EuAiActTier> findAllByOrderBySortOrder();

}
