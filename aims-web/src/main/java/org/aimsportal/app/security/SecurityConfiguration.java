package org.aimsportal.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/** One filter chain: form login for people, bearer tokens for machines, CSRF on for cookie sessions. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] MAINTAIN = { "ADMIN", "COMPLIANCE_OFFICER", "AI_SYSTEM_OWNER" };

	static final String[] MANAGE = { "ADMIN", "COMPLIANCE_OFFICER" };

	/** Pages serve no inline script or style, so the policy can stay strict. */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI injects styles at run time. */
	static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokenAuthenticationFilter apiTokens,
			LoginFailureHandler loginFailure) throws Exception {
		RequestMatcher swagger = (request) -> request.getRequestURI().startsWith("/swagger-ui");
		http.authorizeHttpRequests((auth) -> auth
			.requestMatchers("/login", "/assets/**", "/webjars/**", "/favicon.ico", "/error",
					"/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
			.requestMatchers("/audit-trail", "/audit-trail/**").hasAnyRole("ADMIN", "AUDITOR", "COMPLIANCE_OFFICER")
			.requestMatchers("/ai-systems/new", "/ai-systems/*/edit").hasAnyRole(MAINTAIN)
			.requestMatchers(HttpMethod.POST, "/ai-systems", "/ai-systems/*").hasAnyRole(MAINTAIN)
			.requestMatchers(HttpMethod.POST, "/ai-systems/*/archive").hasAnyRole(MANAGE)
			.requestMatchers("/intake/queue", "/intake/*/accept").hasAnyRole(MANAGE)
			.requestMatchers("/scope/edit").hasAnyRole(MANAGE)
			.requestMatchers(HttpMethod.POST, "/scope").hasAnyRole(MANAGE)
			.requestMatchers(HttpMethod.GET, "/api/**").authenticated()
			.requestMatchers("/api/**").hasAnyRole(MAINTAIN)
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(loginFailure))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(ApiTokenAuthenticationFilter::hasBearerToken))
			.exceptionHandling((ex) -> ex
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						pathPattern("/api/**"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						AnyRequestMatcher.INSTANCE))
			.addFilterBefore(apiTokens, UsernamePasswordAuthenticationFilter.class)
			.headers((headers) -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swagger),
						new StaticHeadersWriter("Content-Security-Policy", PAGE_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger,
						new StaticHeadersWriter("Content-Security-Policy", SWAGGER_POLICY)))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()"))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

}
