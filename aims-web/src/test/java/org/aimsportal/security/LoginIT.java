package org.aimsportal.security;

import org.aimsportal.support.AimsIntegrationTest;
import org.aimsportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@AimsIntegrationTest
class LoginIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void signsInWithTheRightPasswordAndChangesTheSessionId() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = this.mvc.perform(formLogin().user(DemoUsers.AUDITOR).password(AimsIntegrationTest.PASSWORD))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
		// Sessions live in PostgreSQL so that any instance behind a load balancer can serve the next request.
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(DemoUsers.AUDITOR)
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void locksAnAddressAfterRepeatedFailuresAndSaysSo() throws Exception {
		for (int i = 0; i < 5; i++) {
			MvcResult failed = this.mvc.perform(formLogin().user(DemoUsers.EXECUTIVE).password("wrong-" + i)).andReturn();
			assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo(i < 4 ? "/login?error" : "/login?locked");
		}
		MvcResult right = this.mvc.perform(formLogin().user(DemoUsers.EXECUTIVE).password(AimsIntegrationTest.PASSWORD))
			.andReturn();
		assertThat(right.getResponse().getRedirectedUrl()).as("even the right password waits out the lock")
			.isEqualTo("/login?locked");
		String page = this.mvc.perform(get("/login?locked")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Too many failed sign-ins");
	}

	@Test
	void refusesAFormPostWithoutACsrfToken() throws Exception {
		assertThat(this.mvc.perform(post("/login").param("username", DemoUsers.AUDITOR)
			.param("password", AimsIntegrationTest.PASSWORD)).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(post("/login").with(csrf()).param("username", DemoUsers.AUDITOR)
			.param("password", AimsIntegrationTest.PASSWORD)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void sendsSecurityHeadersWithAStrictContentSecurityPolicy() throws Exception {
		MvcResult result = this.mvc.perform(get("/login")).andReturn();
		assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'")
			.contains("script-src 'self';")
			.doesNotContain("unsafe-inline");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
	}

	@Test
	void healthIsPublicWithReadinessAndLiveness() throws Exception {
		assertThat(this.mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get("/actuator/health/liveness")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

}
