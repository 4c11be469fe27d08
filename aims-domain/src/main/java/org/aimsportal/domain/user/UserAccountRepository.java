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

	@Query("select new org.aimsportal.domain.user.UserHeader(u.displayName, (select count(n) from Notification n"
			+ " where n.recipientId = u.id and n.readAt is null)) from UserAccount u where lower(u.email) = lower(:email)")
	Optional<UserHeader> findHeaderByEmail(String email);

	@Query("select new org.aimsportal.domain.user.NamedOption(u.id, u.displayName) from UserAccount u order by u.displayName")
	List<NamedOption> findAllAsOptions();

	default UserAccount getById(UUID id) {
		return findById(id).orElseThrow(() -> new NotFoundException("User", id));
	}

}
