package org.aimsportal.audit.scope;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.aimsportal.domain.scope.ScopeContent;
import org.aimsportal.domain.scope.ScopeStatement;
import org.aimsportal.domain.scope.ScopeStatementRepository;
import org.aimsportal.domain.shared.VersionConflictException;
import org.aimsportal.domain.system.AiSystemRepository;
import org.aimsportal.domain.system.ScopeSystemRow;
import org.aimsportal.domain.user.AccessRules;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The AIMS scope (clauses 4.1 to 4.3): published as numbered revisions, never edited in place. */
@Service
@Transactional(readOnly = true)
public class ScopeService {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ScopeStatementRepository statements;

	private final AiSystemRepository systems;

	ScopeService(ScopeStatementRepository statements, AiSystemRepository systems) {
		this.statements = statements;
		this.systems = systems;
	}

	@PreAuthorize(AccessRules.SIGNED_IN)
	public Optional<ScopeRevision> current() {
		return this.statements.findFirstByOrderByRevisionDesc().map(ScopeService::toRevision);
	}

	@PreAuthorize(AccessRules.SIGNED_IN)
	public Optional<ScopeRevision> revision(int revision) {
		return this.statements.findByRevision(revision).map(ScopeService::toRevision);
	}

	@PreAuthorize(AccessRules.SIGNED_IN)
	public List<ScopeRevisionSummary> revisions() {
		return this.statements.findAllByOrderByRevisionDesc()
			.stream()
			.map((s) -> new ScopeRevisionSummary(s.getRevision(), s.getCreatedAt(), s.getCreatedBy(),
					s.content().changeNote()))
			.toList();
	}

	/** The systems as they stand now: what the next revision would record. */
	@PreAuthorize(AccessRules.SIGNED_IN)
	public List<ScopeSystemRow> liveSystems() {
		return this.systems.findScopeRows();
	}

	/**
	 * Publishes the next revision. {@code basedOnRevision} is the revision the user edited (0 when none
	 * existed); if someone published meanwhile, the user is told instead of overwriting their work.
	 */
	@PreAuthorize(AccessRules.MANAGE_REGISTERS)
	@Transactional
	public int publish(ScopeContent content, int basedOnRevision) {
		int latest = this.statements.findFirstByOrderByRevisionDesc().map(ScopeStatement::getRevision).orElse(0);
		VersionConflictException.check("The AIMS scope", basedOnRevision, (long) latest);
		String snapshot = JSON.writeValueAsString(this.systems.findScopeRows());
		return this.statements.save(new ScopeStatement(latest + 1, content, snapshot)).getRevision();
	}

	private static ScopeRevision toRevision(ScopeStatement s) {
		List<ScopeSystemRow> systems = JSON.readValue(s.getSystemsSnapshot(), new TypeReference<>() {
		});
		return new ScopeRevision(s.getRevision(), s.content(), systems, s.getCreatedAt(), s.getCreatedBy());
	}

	public record ScopeRevision(int revision, ScopeContent content, List<ScopeSystemRow> systems,
			Instant publishedAt, String publishedBy) {
	}

	public record ScopeRevisionSummary(int revision, Instant publishedAt, String publishedBy, String changeNote) {
	}

}
