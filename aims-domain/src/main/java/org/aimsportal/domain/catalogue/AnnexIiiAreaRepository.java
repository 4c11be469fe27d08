package org.aimsportal.domain.catalogue;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface AnnexIiiAreaRepository extends Repository<AnnexIiiArea, Integer> {

	List<AnnexIiiArea> findAllByOrderByNumber();

}
