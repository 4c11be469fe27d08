package org.aimsportal.domain.user;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface LoginAttemptRepository extends Repository<LoginAttempt, String> {

	LoginAttempt save(LoginAttempt attempt);

	Optional<LoginAttempt> findById(String email);

	void deleteById(String email);

}
