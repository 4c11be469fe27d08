package org.aimsportal.domain.system;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AiSystemTests {

	private static final UUID ID = UUID.randomUUID();

	private static AiSystemDetails details(LifecycleStage stage) {
		return new AiSystemDetails("Chatbot", "", "Answer questions", ID, ID, ID, stage, DeploymentContext.PUBLIC, false,
				HighStakesDomain.NONE, AutonomyLevel.FULLY_AUTOMATED, EuRiskTier.LIMITED, "Art. 50", null,
				ProviderType.THIRD_PARTY, "Vendor", EnumSet.of(DataCategory.PERSONAL), Iso22989Role.CUSTOMER,
				EuAiActRole.DEPLOYER, true, "in", null);
	}

	@Test
	void registeringAnnouncesTheNewSystemAndWaitsForTriage() {
		AiSystem system = AiSystem.register("CS-1", details(LifecycleStage.DEPLOYMENT));
		assertThat(system.getTriageOutcome()).isEqualTo(TriageOutcome.PENDING);
		assertThat(system.getIntakeStatus()).isEqualTo(IntakeStatus.REGISTERED);
		assertThat(system.details().dataCategories()).containsExactly(DataCategory.PERSONAL);
	}

	@Test
	void aProposalStartsInConceptAndCanBeAcceptedOnce() {
		assertThatIllegalArgumentException().isThrownBy(() -> AiSystem.propose("P-1", details(LifecycleStage.DESIGN)));
		AiSystem proposal = AiSystem.propose("P-1", details(LifecycleStage.CONCEPT));
		assertThat(proposal.getIntakeStatus()).isEqualTo(IntakeStatus.AWAITING_REVIEW);
		proposal.acceptIntake();
		assertThat(proposal.getIntakeStatus()).isEqualTo(IntakeStatus.ACCEPTED);
		assertThatIllegalStateException().isThrownBy(proposal::acceptIntake);
	}

	@Test
	void anArchivedSystemCannotBeEditedOrArchivedAgain() {
		AiSystem system = AiSystem.register("CS-2", details(LifecycleStage.MONITORING));
		assertThatIllegalArgumentException().isThrownBy(() -> system.archive(" "));
		system.archive("Replaced");
		assertThat(system.isArchived()).isTrue();
		assertThat(system.getArchiveReason()).isEqualTo("Replaced");
		assertThatIllegalStateException().isThrownBy(() -> system.update(details(LifecycleStage.RETIRED)));
		assertThatIllegalStateException().isThrownBy(() -> system.archive("Again"));
	}

	@Test
	void ownershipCoversBothOwners() {
		UUID business = UUID.randomUUID();
		UUID technical = UUID.randomUUID();
		AiSystemDetails d = new AiSystemDetails("X", "", "p", business, technical, ID, LifecycleStage.DESIGN,
				DeploymentContext.INTERNAL, false, HighStakesDomain.NONE, AutonomyLevel.HUMAN_IN_THE_LOOP,
				EuRiskTier.MINIMAL, "", null, ProviderType.IN_HOUSE, "", EnumSet.noneOf(DataCategory.class),
				Iso22989Role.PROVIDER, EuAiActRole.PROVIDER, true, "in", null);
		AiSystem system = AiSystem.register("X-1", d);
		assertThat(system.isOwnedBy(business)).isTrue();
		assertThat(system.isOwnedBy(technical)).isTrue();
		assertThat(system.isOwnedBy(UUID.randomUUID())).isFalse();
	}

}
