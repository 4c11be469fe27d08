package org.aimsportal.lifecycle.inventory;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aimsportal.domain.system.AiSystem;
import org.aimsportal.domain.system.AiSystemDetails;
import org.aimsportal.domain.system.AiSystemFilter;
import org.aimsportal.domain.system.AiSystemRepository;
import org.aimsportal.domain.system.AiSystemRow;
import org.aimsportal.domain.system.AiSystemSort;
import org.aimsportal.domain.system.EuRiskTier;
import org.aimsportal.domain.system.IntakeStatus;
import org.aimsportal.domain.system.LifecycleStage;
import org.aimsportal.domain.system.OrganisationalUnitRepository;
import org.aimsportal.domain.system.TriageOutcome;
import org.aimsportal.domain.shared.NotFoundException;
import org.aimsportal.domain.shared.VersionConflictException;
import org.aimsportal.domain.user.AccessRules;
import org.aimsportal.domain.user.Role;
import org.aimsportal.domain.user.UserAccount;
import org.aimsportal.domain.user.UserAccountRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The AI-system register: the transaction boundary for every inventory change. */
@Service
@Transactional(readOnly = true)
public class AiSystemService {

	private final AiSystemRepository systems;

	private final UserAccountRepository users;

	private final OrganisationalUnitRepository units;

	AiSystemService(AiSystemRepository systems, UserAccountRepository users, OrganisationalUnitRepository units) {
		this.systems = systems;
		this.users = users;
		this.units = units;
	}

	@PreAuthorize(AccessRules.SIGNED_IN)
	public Page<AiSystemRow> search(AiSystemFilter filter, AiSystemSort sort, Sort.Direction direction, int page,
			int size) {
		return this.systems.search(filter, sort, direction, Math.max(page, 0), Math.min(Math.max(size, 1), 200));
	}

	@PreAuthorize(AccessRules.SIGNED_IN)
	public void export(AiSystemFilter filter, AiSystemSort sort, Sort.Direction direction, Consumer<AiSystemRow> sink) {
		this.systems.forEachRow(filter, sort, direction, sink);
	}

	/** Counts of active systems by stage, review outcome, EU high tier and open proposals. */
	@PreAuthorize(AccessRules.SIGNED_IN)
	public InventoryOverview overview() {
		Map<LifecycleStage, Long> byStage = new EnumMap<>(LifecycleStage.class);
		for (LifecycleStage stage : LifecycleStage.values()) {
			byStage.put(stage, 0L);
		}
		for (Object[] row : this.systems.countActiveByStage()) {
			byStage.put((LifecycleStage) row[0], (Long) row[1]);
		}
		return new InventoryOverview(byStage,
				this.systems.countByArchivedAtIsNullAndTriageOutcome(TriageOutcome.REVIEW_REQUIRED),
				this.systems.countByArchivedAtIsNullAndEuRiskTier(EuRiskTier.HIGH),
				this.systems.countByArchivedAtIsNullAndIntakeStatus(IntakeStatus.AWAITING_REVIEW));
	}

	/** People and units for select lists, read in one transaction as light projections. */
	@PreAuthorize(AccessRules.SIGNED_IN)
	public InventoryOptions options() {
		return new InventoryOptions(this.users.findAllAsOptions(), this.units.findAllAsOptions());
	}

	@PreAuthorize(AccessRules.SIGNED_IN)
	public AiSystemView get(UUID id) {
		return view(this.systems.getById(id));
	}

	@PreAuthorize(AccessRules.SIGNED_IN)
	public AiSystemView getByReferenceCode(String code) {
		return this.systems.findByReferenceCodeIgnoreCase(code)
			.map(this::view)
			.orElseThrow(() -> new NotFoundException("AI system", code));
	}

	@PreAuthorize(AccessRules.MAINTAIN_INVENTORY)
	@Transactional
	public UUID register(RegisterAiSystemCommand command) {
		String code = normalise(command.referenceCode());
		if (this.systems.existsByReferenceCodeIgnoreCase(code)) {
			throw new DuplicateReferenceCodeException(code);
		}
		checkReferences(command.details());
		return this.systems.save(AiSystem.register(code, command.details())).getId();
	}

	/** Records a proposed use case from anyone signed in; it waits in the compliance officers' queue. */
	@PreAuthorize(AccessRules.SIGNED_IN)
	@Transactional
	public AiSystemView propose(AiSystemDetails proposal) {
		if (proposal.stage() != LifecycleStage.CONCEPT) {
			throw new IllegalArgumentException("A proposed use case starts in stage concept");
		}
		checkReferences(proposal);
		String code;
		do {
			code = String.format(Locale.ROOT, "AIS-%04d", this.systems.nextReferenceNumber());
		}
		while (this.systems.existsByReferenceCodeIgnoreCase(code));
		return view(this.systems.save(AiSystem.propose(code, proposal)));
	}

	@PreAuthorize(AccessRules.MAINTAIN_INVENTORY)
	@Transactional
	public void update(UpdateAiSystemCommand command) {
		AiSystem system = this.systems.getById(command.id());
		requireMayEdit(system);
		VersionConflictException.check("AI system " + system.getReferenceCode(), command.version(),
				system.getVersion());
		checkReferences(command.details());
		system.update(command.details());
		this.systems.save(system);
	}

	@PreAuthorize(AccessRules.MANAGE_REGISTERS)
	@Transactional
	public void archive(UUID id, long version, String reason) {
		AiSystem system = this.systems.getById(id);
		VersionConflictException.check("AI system " + system.getReferenceCode(), version, system.getVersion());
		system.archive(reason);
		this.systems.save(system);
	}

	@PreAuthorize(AccessRules.MANAGE_REGISTERS)
	@Transactional
	public void acceptIntake(UUID id, long version) {
		AiSystem system = this.systems.getById(id);
		VersionConflictException.check("AI system " + system.getReferenceCode(), version, system.getVersion());
		system.acceptIntake();
		this.systems.save(system);
	}

	/** Whether the signed-in user may edit this system (for showing or hiding the edit button). */
	@PreAuthorize(AccessRules.SIGNED_IN)
	public boolean mayEdit(UUID id) {
		try {
			requireMayEdit(this.systems.getById(id));
			return true;
		}
		catch (AccessDeniedException ex) {
			return false;
		}
	}

	private void requireMayEdit(AiSystem system) {
		UserAccount me = currentUser();
		if (me.hasRole(Role.ADMIN) || me.hasRole(Role.COMPLIANCE_OFFICER)) {
			return;
		}
		if (!(me.hasRole(Role.AI_SYSTEM_OWNER) && system.isOwnedBy(me.getId()))) {
			throw new AccessDeniedException("Only the system's owners or a compliance officer may edit it");
		}
	}

	private UserAccount currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			throw new AccessDeniedException("Not signed in");
		}
		return this.users.findByEmailIgnoreCase(auth.getName())
			.orElseThrow(() -> new AccessDeniedException("Unknown user " + auth.getName()));
	}

	private void checkReferences(AiSystemDetails details) {
		Set<UUID> ownerIds = new HashSet<>(List.of(details.businessOwnerId(), details.technicalOwnerId()));
		if (this.users.findByIdIn(ownerIds).size() != ownerIds.size()) {
			throw new IllegalArgumentException("An owner does not exist");
		}
		if (this.units.findById(details.unitId()).isEmpty()) {
			throw new IllegalArgumentException("The organisational unit does not exist");
		}
	}

	private AiSystemView view(AiSystem s) {
		Map<UUID, String> names = this.users.findByIdIn(List.of(s.getBusinessOwnerId(), s.getTechnicalOwnerId()))
			.stream()
			.collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName, (a, b) -> a));
		String unit = this.units.findById(s.getUnitId()).map((u) -> u.getName()).orElse("?");
		Function<UUID, String> name = (id) -> names.getOrDefault(id, "?");
		return new AiSystemView(s.getId(), s.getReferenceCode(), s.getVersion(), s.details(),
				name.apply(s.getBusinessOwnerId()), name.apply(s.getTechnicalOwnerId()), unit, s.getIntakeStatus(),
				s.getTriageOutcome(), s.getTriageScore(), s.getTriageRules(), s.getTriagedAt(), s.getArchivedAt(),
				s.getArchiveReason(), s.getCreatedAt(), s.getCreatedBy(), s.getLastModifiedAt(),
				s.getLastModifiedBy());
	}

	private static String normalise(String code) {
		return code.trim().toUpperCase(Locale.ROOT);
	}

}
