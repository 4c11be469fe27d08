package org.aimsportal.scope;

import org.aimsportal.audit.scope.ScopeService;
import org.aimsportal.audit.scope.ScopeService.ScopeRevision;
import org.aimsportal.domain.scope.ScopeContent;
import org.aimsportal.domain.shared.VersionConflictException;
import org.aimsportal.domain.system.ScopeSystemRow;
import org.aimsportal.support.AimsIntegrationTest;
import org.aimsportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@AimsIntegrationTest
@WithUserDetails(DemoUsers.COMPLIANCE)
class ScopeIT {

	@Autowired
	ScopeService scope;

	private static ScopeContent content(String statement, String note) {
		return new ScopeContent(statement, "No research prototypes", "Retail Banking", "Amsterdam",
				"Skills gap", "EU AI Act", "Regulators: conformity", note);
	}

	@Test
	void publishingAddsARevisionWithASnapshotAndKeepsTheEarlierOnes() {
		ScopeRevision before = this.scope.current().orElseThrow();
		int published = this.scope.publish(content("Widened to the whole group", "Added Marketing"), before.revision());

		assertThat(published).isEqualTo(before.revision() + 1);
		ScopeRevision now = this.scope.current().orElseThrow();
		assertThat(now.content().statement()).isEqualTo("Widened to the whole group");
		assertThat(now.publishedBy()).isEqualTo(DemoUsers.COMPLIANCE);
		assertThat(now.systems()).extracting(ScopeSystemRow::referenceCode).contains("CRD-001", "IT-FCST-01");
		assertThat(now.systems()).filteredOn((s) -> s.referenceCode().equals("IT-FCST-01"))
			.allSatisfy((s) -> assertThat(s.inAimsScope()).isFalse());
		assertThat(this.scope.revision(before.revision()).orElseThrow().content().statement())
			.isEqualTo(before.content().statement());
		assertThat(this.scope.revisions()).extracting((r) -> r.revision()).startsWith(published, before.revision());
	}

	@Test
	void publishingOnAStaleRevisionIsRefusedAndStoresNothing() {
		int latest = this.scope.current().orElseThrow().revision();
		this.scope.publish(content("First editor", "first"), latest);
		assertThatExceptionOfType(VersionConflictException.class)
			.isThrownBy(() -> this.scope.publish(content("Second editor", "second"), latest));
		assertThat(this.scope.current().orElseThrow().content().statement()).isEqualTo("First editor");
	}

	@Test
	@WithUserDetails(DemoUsers.VIEWER)
	void aViewerReadsTheScopeButCannotPublish() {
		int latest = this.scope.current().orElseThrow().revision();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.scope.publish(content("Not allowed", "no"), latest));
	}

}
