package org.aimsportal.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.aimsportal.domain.user.Role;
import org.aimsportal.support.AimsIntegrationTest;
import org.aimsportal.support.DemoUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Every route × every role: allowed, forbidden (403) or sent to the login page. */
@AimsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixIT {

	private static final Set<Role> ALL = EnumSet.allOf(Role.class);

	private static final Set<Role> MAINTAIN = EnumSet.of(Role.ADMIN, Role.COMPLIANCE_OFFICER, Role.AI_SYSTEM_OWNER);

	private static final Set<Role> MANAGE = EnumSet.of(Role.ADMIN, Role.COMPLIANCE_OFFICER);

	private static final Set<Role> TRAIL = EnumSet.of(Role.ADMIN, Role.AUDITOR, Role.COMPLIANCE_OFFICER);

	private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private String systemId;

	@BeforeAll
	void findASystem() {
		this.systemId = this.jdbc.sql("select id::text from ai_systems where reference_code = 'CRD-001'")
			.query(String.class)
			.single();
	}

	Stream<Arguments> routes() {
		List<Arguments> rows = new ArrayList<>();
		route(rows, "GET", "/", ALL);
		route(rows, "GET", "/ai-systems", ALL);
		route(rows, "GET", "/ai-systems/export.csv", ALL);
		route(rows, "GET", "/ai-systems/{id}", ALL);
		route(rows, "GET", "/ai-systems/new", MAINTAIN);
		route(rows, "POST", "/ai-systems", MAINTAIN);
		route(rows, "GET", "/ai-systems/{id}/edit", MAINTAIN);
		route(rows, "POST", "/ai-systems/{id}", MAINTAIN);
		route(rows, "POST", "/ai-systems/{id}/archive", MANAGE);
		route(rows, "GET", "/intake/new", ALL);
		route(rows, "POST", "/intake", ALL);
		route(rows, "GET", "/intake/queue", MANAGE);
		route(rows, "POST", "/intake/{id}/accept", MANAGE);
		route(rows, "GET", "/catalogue", ALL);
		route(rows, "GET", "/catalogue/entries/A.6.2.4", ALL);
		route(rows, "GET", "/catalogue/eu-ai-act", ALL);
		route(rows, "GET", "/scope", ALL);
		route(rows, "GET", "/scope/edit", MANAGE);
		route(rows, "POST", "/scope", MANAGE);
		route(rows, "GET", "/notifications", ALL);
		route(rows, "GET", "/account/tokens", ALL);
		route(rows, "GET", "/audit-trail", TRAIL);
		route(rows, "POST", "/audit-trail/verify", TRAIL);
		route(rows, "GET", "/admin/users", ADMIN);
		route(rows, "POST", "/admin/users", ADMIN);
		route(rows, "GET", "/admin/triage", ADMIN);
		route(rows, "POST", "/admin/triage", ADMIN);
		route(rows, "GET", "/api/v1/ai-systems", ALL);
		route(rows, "POST", "/api/v1/ai-systems", MAINTAIN);
		route(rows, "GET", "/v3/api-docs", ALL);
		route(rows, "GET", "/actuator/prometheus", ADMIN);
		return rows.stream();
	}

	private static void route(List<Arguments> rows, String method, String path, Set<Role> allowed) {
		for (Role role : Role.values()) {
			rows.add(Arguments.of(method, path, role, allowed.contains(role)));
		}
		rows.add(Arguments.of(method, path, null, false));
	}

	@ParameterizedTest(name = "{0} {1} as {2}: allowed={3}")
	@MethodSource("routes")
	void enforcesTheRoleMatrix(String method, String path, Role role, boolean allowed) throws Exception {
		String url = path.replace("{id}", this.systemId);
		MockHttpServletRequestBuilder request = method.equals("GET") ? get(url) : post(url).with(csrf());
		if (path.startsWith("/api/") && method.equals("POST")) {
			request.contentType("application/json").content("{}");
		}
		if (role != null) {
			request.with(user(DemoUsers.emailOf(role)).roles(role.name()));
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		if (role == null) {
			if (path.startsWith("/api/")) {
				assertThat(status).as("anonymous API call").isEqualTo(401);
			}
			else {
				assertThat(status).as("anonymous page").isEqualTo(302);
				assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
			}
		}
		else if (allowed) {
			assertThat(status).as("%s may %s %s", role, method, path).isNotIn(401, 403);
			assertThat(status).as("%s %s %s", role, method, path).isLessThan(500);
		}
		else {
			assertThat(status).as("%s must not %s %s", role, method, path).isEqualTo(403);
		}
	}

}
