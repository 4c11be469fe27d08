package org.aimsportal.domain.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aimsportal.domain.shared.NotFoundException;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface UserAccountRepository extends Repository<UserAccount, UUID> {

	UserAccount save(UserAccount user);

	Optional<UserAccount> findById(UUID id);

	Optional<UserAccount> findByEmailIgnoreCase(String email);

	List<UserAccount> findAllByOrderByDisplayName();

	List<UserAccount> findByIdIn(Collection<UUID> ids);

	@Query("select distinct u from UserAccount u join u.roles r where r in :roles and u.enabled = true order by u.displayName")
	List<UserAccount> findEnabledWithAnyRole(Collection<Role> roles);

	long count();

	@Query("select u.displayName from UserAccount u where lower(u.email) = lower(:email)")
	Optional<String> findDisplayNameByEmail(String email);

	default UserAccount getById(UUID id) {
		return findById(id).orElseThrow(() -> new NotFoundException("User", id));
	}

}
