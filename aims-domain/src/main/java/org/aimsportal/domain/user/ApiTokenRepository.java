package org.aimsportal.domain.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

public interface ApiTokenRepository extends Repository<ApiToken, UUID> {

	ApiToken save(ApiToken token);

	Optional<ApiToken> findByTokenHash(String tokenHash);

	Optional<ApiToken> findByIdAndUserId(UUID id, UUID userId);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(UUID userId);

}
