package org.aimsportal.inventory;

import java.util.List;
import java.util.UUID;

import org.aimsportal.audit.trail.AuditTrailService;
import org.aimsportal.audit.trail.AuditTrailService.HistoryEntry;
import org.aimsportal.domain.shared.VersionConflictException;
import org.aimsportal.domain.system.AiSystemDetails;
import org.aimsportal.domain.system.AiSystemFilter;
import org.aimsportal.domain.system.AiSystemSort;
import org.aimsportal.domain.system.EuRiskTier;
import org.aimsportal.domain.system.LifecycleStage;
import org.aimsportal.domain.system.TriageOutcome;
import org.aimsportal.lifecycle.inventory.AiSystemService;
import org.aimsportal.lifecycle.inventory.AiSystemView;
import org.aimsportal.lifecycle.inventory.DuplicateReferenceCodeException;
import org.aimsportal.lifecycle.inventory.InventoryOverview;
import org.aimsportal.lifecycle.inventory.OrganisationalUnitService;
import org.aimsportal.lifecycle.inventory.RegisterAiSystemCommand;
import org.aimsportal.lifecycle.inventory.UpdateAiSystemCommand;
import org.aimsportal.support.AiSystemMother;
import org.aimsportal.support.AimsIntegrationTest;
import org.aimsportal.support.DemoUsers;
import org.aimsportal.app.security.CurrentUserNames;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@AimsIntegrationTest
@WithUserDetails(DemoUsers.COMPLIANCE)
class InventoryIT {

	@Autowired
	AiSystemService systems;

	@Autowired
	OrganisationalUnitService units;

	@Autowired
	CurrentUserNames users;

	@Autowired
	AuditTrailService trail;

	@Autowired
	TransactionTemplate transactions;

	private AiSystemDetails hiring(String name) {
		return AiSystemMother.hiring(name, this.users.idOf(DemoUsers.OWNER), this.units.all().get(0).getId());
	}

	@Test
	void triageRunsInTheRegisteringTransactionThroughTheDomainEvent() {
		// aims-lifecycle publishes AiSystemRegistered; aims-risk handles it before the transaction ends.
		TriageOutcome seenInsideTransaction = this.transactions.execute((status) -> {
			UUID id = this.systems.register(new RegisterAiSystemCommand("IT-EVT-1", hiring("Event test")));
			return this.systems.get(id).triageOutcome();
		});
		assertThat(seenInsideTransaction).isEqualTo(TriageOutcome.REVIEW_REQUIRED);
		AiSystemView stored = this.systems.getByReferenceCode("IT-EVT-1");
		assertThat(stored.triageRules()).contains("EU_HIGH_TIER:10", "HIGH_STAKES_DOMAIN:3", "DECISIONS_ABOUT_PEOPLE:3",
				"PERSONAL_DATA:1");
		assertThat(stored.triageScore()).isEqualTo(17);
	}

	@Test
	void reTriagesWhenTheFactsChange() {
		UUID id = this.systems.register(new RegisterAiSystemCommand("IT-TRI-2", AiSystemMother.harmless("Harmless",
				this.users.idOf(DemoUsers.OWNER), this.units.all().get(0).getId())));
		assertThat(this.systems.get(id).triageOutcome()).isEqualTo(TriageOutcome.NO_REVIEW_REQUIRED);
		AiSystemView before = this.systems.get(id);
		this.systems.update(new UpdateAiSystemCommand(id, before.version(), hiring("Now a hiring tool")));
		assertThat(this.systems.get(id).triageOutcome()).isEqualTo(TriageOutcome.REVIEW_REQUIRED);
	}

	@Test
	void refusesAStaleEditAndKeepsTheStoredValues() {
		UUID id = this.systems.register(new RegisterAiSystemCommand("IT-LOCK-3", hiring("Original")));
		long seen = this.systems.get(id).version();
		this.systems.update(new UpdateAiSystemCommand(id, seen, hiring("First editor")));
		assertThatExceptionOfType(VersionConflictException.class)
			.isThrownBy(() -> this.systems.update(new UpdateAiSystemCommand(id, seen, hiring("Second editor"))))
			.satisfies((ex) -> assertThat(ex.currentVersion()).isGreaterThan(ex.expectedVersion()));
		assertThat(this.systems.get(id).details().name()).isEqualTo("First editor");
	}

	@Test
	void rejectsADuplicateReferenceCodeWhateverItsCase() {
		this.systems.register(new RegisterAiSystemCommand("IT-DUP-4", hiring("One")));
		assertThatExceptionOfType(DuplicateReferenceCodeException.class)
			.isThrownBy(() -> this.systems.register(new RegisterAiSystemCommand("it-dup-4", hiring("Two"))));
	}

	@Test
	void writesCreateUpdateAndArchiveToTheTrailWithFieldLevelChanges() {
		UUID id = this.systems.register(new RegisterAiSystemCommand("IT-HIST-5", hiring("Before")));
		AiSystemDetails renamed = hiring("After");
		this.systems.update(new UpdateAiSystemCommand(id, this.systems.get(id).version(), renamed));
		this.systems.archive(id, this.systems.get(id).version(), "Replaced by a vendor tool");

		List<HistoryEntry> history = this.trail.history("AiSystem", id.toString());
		assertThat(history).extracting(HistoryEntry::action).containsSubsequence("ARCHIVE", "UPDATE", "CREATE");
		assertThat(history).allSatisfy((h) -> assertThat(h.actor()).isEqualTo(DemoUsers.COMPLIANCE));
		HistoryEntry rename = history.stream()
			.filter((h) -> h.changes().stream().anyMatch((c) -> c.field().equals("name")))
			.filter((h) -> h.action().equals("UPDATE"))
			.findFirst()
			.orElseThrow();
		assertThat(rename.changes()).anySatisfy((c) -> {
			assertThat(c.field()).isEqualTo("name");
			assertThat(c.before()).isEqualTo("Before");
			assertThat(c.after()).isEqualTo("After");
		});
		assertThat(history.get(0).changes()).anySatisfy((c) -> assertThat(c.after()).isEqualTo("Replaced by a vendor tool"));
	}

	@Test
	@WithUserDetails(DemoUsers.OWNER)
	void anOwnerMayEditOnlyTheirOwnSystems() {
		AiSystemView foreign = this.systems.getByReferenceCode("IT-LOG-01");
		assertThat(this.systems.mayEdit(foreign.id())).isFalse();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.systems
			.update(new UpdateAiSystemCommand(foreign.id(), foreign.version(), foreign.details())));
		AiSystemView own = this.systems.getByReferenceCode("CRD-001");
		assertThat(this.systems.mayEdit(own.id())).isTrue();
	}

	@Test
	void theOverviewCountsAgreeWithTheRegister() {
		InventoryOverview overview = this.systems.overview();
		assertThat(overview.total()).isEqualTo(count(AiSystemFilter.active()));
		assertThat(overview.reviewRequired()).isEqualTo(
				count(new AiSystemFilter(null, null, null, null, null, TriageOutcome.REVIEW_REQUIRED, null, false)));
		assertThat(overview.highTier())
			.isEqualTo(count(new AiSystemFilter(null, null, EuRiskTier.HIGH, null, null, null, null, false)));
		for (LifecycleStage stage : LifecycleStage.values()) {
			assertThat(overview.byStage().get(stage)).as(stage.name())
				.isEqualTo(count(new AiSystemFilter(null, stage, null, null, null, null, null, false)));
		}
		assertThat(overview.total()).isGreaterThanOrEqualTo(12);
	}

	private long count(AiSystemFilter filter) {
		return this.systems.search(filter, AiSystemSort.NAME, Sort.Direction.ASC, 0, 1).getTotalElements();
	}

	@Test
	@WithUserDetails(DemoUsers.AUDITOR)
	void anAuditorCannotRegister() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.systems.register(new RegisterAiSystemCommand("IT-AUD-6", hiring("No"))));
	}

}
