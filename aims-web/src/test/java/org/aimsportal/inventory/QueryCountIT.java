package org.aimsportal.inventory;

import jakarta.persistence.EntityManagerFactory;
import org.aimsportal.app.security.CurrentUserNames;
import org.aimsportal.app.security.SystemActor;
import org.aimsportal.lifecycle.inventory.AiSystemService;
import org.aimsportal.lifecycle.inventory.OrganisationalUnitService;
import org.aimsportal.lifecycle.inventory.RegisterAiSystemCommand;
import org.aimsportal.support.AiSystemMother;
import org.aimsportal.support.AimsIntegrationTest;
import org.aimsportal.support.DemoUsers;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The list page and the API list run the same number of SQL statements however many rows they show. */
@AimsIntegrationTest
@WithUserDetails(DemoUsers.COMPLIANCE)
class QueryCountIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	AiSystemService systems;

	@Autowired
	OrganisationalUnitService units;

	@Autowired
	CurrentUserNames users;

	@Test
	void listStatementsDoNotGrowWithTheNumberOfRows() throws Exception {
		long fewPage = statementsFor("/ai-systems?q=QC-&sort=owner");
		long fewApi = statementsFor("/api/v1/ai-systems?q=QC-&sort=unit&size=50");
		// MockMvc's security filters clear this thread's context after each request.
		SystemActor.run(DemoUsers.COMPLIANCE, () -> {
			for (int i = 0; i < 30; i++) {
				this.systems.register(new RegisterAiSystemCommand("QC-" + i, AiSystemMother
					.harmless("QC-" + i + " system", this.users.idOf(DemoUsers.OWNER), this.units.all().get(i % 3).getId())));
			}
		});
		long manyPage = statementsFor("/ai-systems?q=QC-&sort=owner");
		long manyApi = statementsFor("/api/v1/ai-systems?q=QC-&sort=unit&size=50");
		assertThat(manyPage).isEqualTo(fewPage);
		assertThat(manyApi).isEqualTo(fewApi);
		// page: layout (name, unread) + inventory page and count + the select lists; API: page and count only
		assertThat(manyApi).isEqualTo(2);
	}

	private long statementsFor(String url) throws Exception {
		Statistics stats = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		stats.clear();
		int status = this.mvc.perform(get(url).with(user(DemoUsers.COMPLIANCE).roles("COMPLIANCE_OFFICER")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(200);
		return stats.getPrepareStatementCount();
	}

}
