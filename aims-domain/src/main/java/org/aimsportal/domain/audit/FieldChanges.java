package org.aimsportal.domain.audit;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.util.ReflectionUtils;

import tools.jackson.databind.json.JsonMapper;

/** Turns Hibernate's before and after state into the JSON the trail stores. */
final class FieldChanges {

	private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "createdBy", "lastModifiedAt",
			"lastModifiedBy");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, Boolean> REDACTED = new ConcurrentHashMap<>();

	private final Class<?> entityType;

	private final Map<String, Map<String, @Nullable Object>> changes = new LinkedHashMap<>();

	FieldChanges(Class<?> entityType) {
		this.entityType = entityType;
	}

	FieldChanges add(String property, @Nullable Object before, @Nullable Object after) {
		if (BOOKKEEPING.contains(property)) {
			return this;
		}
		Object b = display(before);
		Object a = display(after);
		if (java.util.Objects.equals(b, a)) {
			return this;
		}
		Map<String, @Nullable Object> change = new LinkedHashMap<>();
		boolean redacted = isRedacted(property);
		change.put("before", redacted ? (b == null ? null : "(redacted)") : b);
		change.put("after", redacted ? (a == null ? null : "(redacted)") : a);
		this.changes.put(property, change);
		return this;
	}

	boolean isEmpty() {
		return this.changes.isEmpty();
	}

	boolean contains(String property) {
		return this.changes.containsKey(property);
	}

	String toJson() {
		return JSON.writeValueAsString(this.changes);
	}

	private boolean isRedacted(String property) {
		return REDACTED.computeIfAbsent(this.entityType.getName() + "#" + property, (key) -> {
			Field field = ReflectionUtils.findField(this.entityType, property);
			return field != null && field.isAnnotationPresent(AuditRedacted.class);
		});
	}

	private static @Nullable Object display(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Object[] array) {
			return Arrays.stream(array).map(String::valueOf).sorted().collect(Collectors.joining(", "));
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
		}
		if (value instanceof Map<?, ?> map) {
			return display(map.keySet());
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof Boolean || value instanceof Number) {
			return value;
		}
		return value.toString();
	}

}
