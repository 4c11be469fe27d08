package org.aimsportal.app.security;

import org.aimsportal.domain.user.Role;
import org.aimsportal.domain.user.UserAccount;
import org.aimsportal.domain.user.UserAccountRepository;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs people in by e-mail address. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final LoginThrottle throttle;

	AccountUserDetailsService(UserAccountRepository users, LoginThrottle throttle) {
		this.users = users;
		this.throttle = throttle;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		UserAccount account = this.users.findByEmailIgnoreCase(email.trim())
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return toUserDetails(account, !this.throttle.isLocked(account.getEmail()));
	}

	static UserDetails toUserDetails(UserAccount account, boolean accountNonLocked) {
		return User.withUsername(account.getEmail())
			.password(account.getPasswordHash())
			.disabled(!account.isEnabled())
			.accountLocked(!accountNonLocked)
			.authorities(account.getRoles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList())
			.build();
	}

}
