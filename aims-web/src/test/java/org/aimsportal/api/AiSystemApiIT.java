package org.aimsportal.api;

import java.util.Map;

import org.aimsportal.app.security.ApiTokenService;
import org.aimsportal.app.security.SystemActor;
import org.aimsportal.app.security.CurrentUserNames;
import org.aimsportal.domain.user.TokenScope;
import org.aimsportal.lifecycle.inventory.OrganisationalUnitService;
import org.aimsportal.support.AimsIntegrationTest;
import org.aimsportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

@AimsIntegrationTest
class AiSystemApiIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	CurrentUserNames users;

	@Autowired
	OrganisationalUnitService units;

	private java.util.UUID ownerId;

	private java.util.UUID unitId;

	@org.junit.jupiter.api.BeforeEach
	void referenceData() {
		SystemActor.run(DemoUsers.COMPLIANCE, () -> {
			this.ownerId = this.users.idOf(DemoUsers.OWNER);
			this.unitId = this.units.all().get(0).getId();
		});
	}

	@Test
	@WithUserDetails(DemoUsers.COMPLIANCE)
	void createsReadsAndUpdatesWithAVersionCheck() throws Exception {
		String token = this.tokens.create(DemoUsers.COMPLIANCE, "pipeline", TokenScope.WRITE, 30);
		String body = JSON.writeValueAsString(request("API-001", "Pricing model", null));
		MvcResult created = this.mvc.perform(post("/api/v1/ai-systems").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		JsonNode system = JSON.readTree(created.getResponse().getContentAsString());
		String id = system.get("id").asString();
		assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/ai-systems/" + id);
		assertThat(system.get("triage").get("outcome").asString()).isEqualTo("REVIEW_REQUIRED");
		long version = system.get("version").asLong();

		MvcResult updated = this.mvc.perform(put("/api/v1/ai-systems/" + id).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(request("API-001", "Pricing model v2", version)))).andReturn();
		assertThat(updated.getResponse().getStatus()).isEqualTo(200);
		assertThat(JSON.readTree(updated.getResponse().getContentAsString()).get("details").get("name").asString())
			.isEqualTo("Pricing model v2");

		MvcResult stale = this.mvc.perform(put("/api/v1/ai-systems/" + id).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(request("API-001", "Lost update", version)))).andReturn();
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(stale.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(JSON.readTree(stale.getResponse().getContentAsString()).get("currentVersion").asLong())
			.isGreaterThan(version);

		MvcResult list = this.mvc.perform(get("/api/v1/ai-systems?q=pricing&sort=code&dir=desc")
			.header("Authorization", "Bearer " + token)).andReturn();
		JsonNode page = JSON.readTree(list.getResponse().getContentAsString());
		assertThat(page.get("totalElements").asLong()).isEqualTo(1);
		assertThat(page.get("content").get(0).get("name").asString()).isEqualTo("Pricing model v2");
	}

	@Test
	@WithUserDetails(DemoUsers.COMPLIANCE)
	void answersValidationErrorsAsProblemDetailsPerField() throws Exception {
		String token = this.tokens.create(DemoUsers.COMPLIANCE, "bad input", TokenScope.WRITE, null);
		MvcResult result = this.mvc.perform(post("/api/v1/ai-systems").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"referenceCode\":\"!bad\",\"name\":\"\"}")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(result.getResponse().getContentAsString()).contains("\"errors\"");
		JsonNode problem = JSON.readTree(result.getResponse().getContentAsString());
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("errors").findValuesAsString("field")).contains("name", "referenceCode", "unitId");
	}

	@Test
	@WithUserDetails(DemoUsers.COMPLIANCE)
	void aReadTokenReadsButCannotWriteAndARevokedTokenIsRefused() throws Exception {
		String token = this.tokens.create(DemoUsers.COMPLIANCE, "read only", TokenScope.READ, null);
		assertThat(this.mvc.perform(get("/api/v1/ai-systems").header("Authorization", "Bearer " + token))
			.andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(post("/api/v1/ai-systems").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getStatus()).isEqualTo(403);
		// MockMvc's security filters clear this thread's context after each request.
		SystemActor.run(DemoUsers.COMPLIANCE, () -> this.tokens.tokensOf(DemoUsers.COMPLIANCE).stream()
			.filter((t) -> t.getName().equals("read only"))
			.forEach((t) -> this.tokens.revoke(DemoUsers.COMPLIANCE, t.getId())));
		assertThat(this.mvc.perform(get("/api/v1/ai-systems").header("Authorization", "Bearer " + token))
			.andReturn().getResponse().getStatus()).isEqualTo(401);
		assertThat(this.mvc.perform(get("/api/v1/ai-systems").header("Authorization", "Bearer aims_unknown"))
			.andReturn().getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	@WithUserDetails(DemoUsers.VIEWER)
	void publishesAnOpenApiDocument() throws Exception {
		String token = this.tokens.create(DemoUsers.VIEWER, "docs", TokenScope.READ, null);
		MvcResult docs = this.mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + token)).andReturn();
		assertThat(docs.getResponse().getStatus()).isEqualTo(200);
		JsonNode doc = JSON.readTree(docs.getResponse().getContentAsString());
		assertThat(doc.get("paths").has("/api/v1/ai-systems")).isTrue();
		assertThat(doc.get("paths").has("/api/v1/ai-systems/{id}")).isTrue();
	}

	private Map<String, Object> request(String code, String name, Long version) {
		Map<String, Object> m = new java.util.LinkedHashMap<>();
		m.put("referenceCode", code);
		m.put("name", name);
		m.put("description", "Sets prices per customer");
		m.put("intendedPurpose", "Personalised pricing");
		m.put("businessOwnerId", this.ownerId);
		m.put("technicalOwnerId", this.ownerId);
		m.put("unitId", this.unitId);
		m.put("stage", "DESIGN");
		m.put("deploymentContext", "PUBLIC");
		m.put("decisionsAboutPeople", true);
		m.put("highStakesDomain", "FINANCE");
		m.put("autonomyLevel", "FULLY_AUTOMATED");
		m.put("euRiskTier", "NOT_CLASSIFIED");
		m.put("providerType", "IN_HOUSE");
		m.put("dataCategories", java.util.List.of("PERSONAL", "FINANCIAL"));
		m.put("isoRole", "PROVIDER");
		m.put("euRole", "PROVIDER");
		m.put("inAimsScope", true);
		m.put("scopeJustification", "Inside the AIMS");
		m.put("version", version);
		return m;
	}

}
