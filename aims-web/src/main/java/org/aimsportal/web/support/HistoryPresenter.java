package org.aimsportal.web.support;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.aimsportal.audit.trail.AuditTrailService.FieldChange;
import org.aimsportal.audit.trail.AuditTrailService.HistoryEntry;
import org.aimsportal.audit.trail.AuditTrailService.TrailEntry;
import org.aimsportal.lifecycle.inventory.AiSystemService;
import org.aimsportal.lifecycle.inventory.InventoryOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns the trail's stored values into what a reader understands: names for ids, labels for codes. */
@Component
public class HistoryPresenter {

	private static final Map<String, String> ENUM_FIELDS = Map.ofEntries(Map.entry("lifecycleStage", "LifecycleStage"),
			Map.entry("deploymentContext", "DeploymentContext"), Map.entry("highStakesDomain", "HighStakesDomain"),
			Map.entry("autonomyLevel", "AutonomyLevel"), Map.entry("euRiskTier", "EuRiskTier"),
			Map.entry("providerType", "ProviderType"), Map.entry("isoRole", "Iso22989Role"),
			Map.entry("euRole", "EuAiActRole"), Map.entry("intakeStatus", "IntakeStatus"),
			Map.entry("triageOutcome", "TriageOutcome"), Map.entry("dataCategories", "DataCategory"));

	private static final List<String> ID_FIELDS = List.of("businessOwnerId", "technicalOwnerId", "unitId");

	private final AiSystemService systems;

	private final MessageSource messages;

	HistoryPresenter(AiSystemService systems, MessageSource messages) {
		this.systems = systems;
		this.messages = messages;
	}

	public List<HistoryEntry> present(List<HistoryEntry> history) {
		Map<String, String> names = names();
		return history.stream().map((h) -> present(h, names)).toList();
	}

	public Page<TrailEntry> presentTrail(Page<TrailEntry> trail) {
		Map<String, String> names = names();
		return trail.map((t) -> new TrailEntry(present(t.entry(), names), t.entityType(), t.entityId(), t.hash()));
	}

	private Map<String, String> names() {
		Map<String, String> names = new HashMap<>();
		InventoryOptions options = this.systems.options();
		options.people().forEach((o) -> names.put(o.id().toString(), o.label()));
		options.units().forEach((o) -> names.put(o.id().toString(), o.label()));
		return names;
	}

	private HistoryEntry present(HistoryEntry h, Map<String, String> names) {
		return new HistoryEntry(h.id(), h.occurredAt(), h.actor(), h.action(),
				h.changes().stream().map((c) -> present(c, names)).toList());
	}

	private FieldChange present(FieldChange change, Map<String, String> names) {
		return new FieldChange(change.field(), value(change.field(), change.before(), names),
				value(change.field(), change.after(), names));
	}

	private @Nullable String value(String field, @Nullable String raw, Map<String, String> names) {
		if (raw == null || raw.isEmpty()) {
			return raw;
		}
		if (ID_FIELDS.contains(field)) {
			return names.getOrDefault(raw, raw);
		}
		if (ENUM_FIELDS.containsKey(field)) {
			return Arrays.stream(raw.split(", "))
				.map((v) -> message("enum." + ENUM_FIELDS.get(field) + "." + v, v))
				.collect(Collectors.joining(", "));
		}
		if (field.equals("triageRules")) {
			return Arrays.stream(raw.split(", ")).map((v) -> {
				int colon = v.indexOf(':');
				return (colon < 0) ? v : message("enum.TriageRule." + v.substring(0, colon), v) + " (+" + v.substring(colon + 1) + ")";
			}).collect(Collectors.joining("; "));
		}
		if (raw.equals("true") || raw.equals("false")) {
			return message(raw.equals("true") ? "common.yes" : "common.no", raw);
		}
		return raw;
	}

	private String message(String key, String fallback) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, null, fallback, locale);
	}

}
