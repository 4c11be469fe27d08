package org.aimsportal.audit.trail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aimsportal.domain.audit.AuditEntry;
import org.aimsportal.domain.audit.AuditEntryRepository;
import org.aimsportal.domain.audit.AuditHashing;
import org.aimsportal.domain.user.AccessRules;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit trail and proves it has not been tampered with. */
@Service
@Transactional(readOnly = true)
public class AuditTrailService {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AuditEntryRepository entries;

	AuditTrailService(AuditEntryRepository entries) {
		this.entries = entries;
	}

	/** The history of one record, newest first, with field-level before and after values. */
	@PreAuthorize(AccessRules.SIGNED_IN)
	public List<HistoryEntry> history(String entityType, String entityId) {
		return this.entries.findByEntityTypeAndEntityIdOrderByIdDesc(entityType, entityId)
			.stream()
			.map(AuditTrailService::toHistory)
			.toList();
	}

	/** The latest entries across every record, newest first. */
	@PreAuthorize(AccessRules.READ_TRAIL)
	public Page<TrailEntry> recent(int page, int size) {
		return this.entries.findAllByOrderByIdDesc(PageRequest.of(page, size))
			.map((e) -> new TrailEntry(toHistory(e), e.getEntityType(), e.getEntityId(), e.getHash()));
	}

	/**
	 * Walks the whole chain in order and recomputes every hash. Reports the first entry whose content or
	 * link no longer matches.
	 */
	@PreAuthorize(AccessRules.READ_TRAIL)
	public ChainVerification verify() {
		String previous = AuditHashing.GENESIS;
		long lastId = 0;
		long checked = 0;
		List<AuditEntry> batch;
		while (!(batch = this.entries.findTop1000ByIdGreaterThanOrderById(lastId)).isEmpty()) {
			for (AuditEntry entry : batch) {
				if (!entry.getPrevHash().equals(previous)) {
					return ChainVerification.broken(checked, entry.getId(), "its link to the previous entry is broken");
				}
				if (!entry.expectedHash(previous).equals(entry.getHash())) {
					return ChainVerification.broken(checked, entry.getId(), "its content does not match its hash");
				}
				previous = entry.getHash();
				lastId = entry.getId();
				checked++;
			}
		}
		return new ChainVerification(true, checked, null, null);
	}

	private static HistoryEntry toHistory(AuditEntry entry) {
		List<FieldChange> changes = new ArrayList<>();
		JsonNode root = JSON.readTree(entry.getChanges());
		Map<String, JsonNode> fields = new LinkedHashMap<>();
		root.properties().forEach((e) -> fields.put(e.getKey(), e.getValue()));
		fields.forEach((field, change) -> changes
			.add(new FieldChange(field, text(change.get("before")), text(change.get("after")))));
		return new HistoryEntry(entry.getId(), entry.getOccurredAt(), entry.getActor(), entry.getAction(), changes);
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

	public record HistoryEntry(long id, Instant occurredAt, String actor, String action, List<FieldChange> changes) {
	}

	public record TrailEntry(HistoryEntry entry, String entityType, String entityId, String hash) {
	}

	public record FieldChange(String field, @Nullable String before, @Nullable String after) {
	}

	public record ChainVerification(boolean intact, long checkedEntries, @Nullable Long firstBrokenEntry,
			@Nullable String reason) {

		static ChainVerification broken(long checked, long id, String reason) {
			return new ChainVerification(false, checked, id, reason);
		}

	}

}
