package org.aimsportal.web.system;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.aimsportal.domain.system.AiSystemDetails;
import org.aimsportal.lifecycle.inventory.AiSystemService;
import org.aimsportal.lifecycle.inventory.InventoryOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Lists, field by field, where the user's edit and the stored record differ after a conflict. */
@Component
class ConflictComparison {

	private final AiSystemService systems;

	private final MessageSource messages;

	ConflictComparison(AiSystemService systems, MessageSource messages) {
		this.systems = systems;
		this.messages = messages;
	}

	List<Difference> compare(AiSystemDetails mine, AiSystemDetails theirs) {
		Map<UUID, String> names = new HashMap<>();
		InventoryOptions options = this.systems.options();
		options.people().forEach((o) -> names.put(o.id(), o.label()));
		options.units().forEach((o) -> names.put(o.id(), o.label()));
		List<Difference> differences = new ArrayList<>();
		for (RecordComponent component : AiSystemDetails.class.getRecordComponents()) {
			Object a = read(component, mine);
			Object b = read(component, theirs);
			if (!Objects.equals(a, b)) {
				String field = component.getName();
				differences.add(new Difference(label(field), display(a, names), display(b, names)));
			}
		}
		return differences;
	}

	private String label(String field) {
		return this.messages.getMessage("field." + field, null, field, LocaleContextHolder.getLocale());
	}

	private String display(@Nullable Object value, Map<UUID, String> names) {
		if (value == null || "".equals(value)) {
			return "—";
		}
		if (value instanceof UUID id) {
			return names.getOrDefault(id, id.toString());
		}
		if (value instanceof Enum<?> e) {
			return this.messages.getMessage("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name(), null,
					e.name(), LocaleContextHolder.getLocale());
		}
		if (value instanceof Collection<?> c) {
			return c.stream().map((v) -> display(v, names)).sorted().collect(Collectors.joining(", "));
		}
		if (value instanceof Boolean bool) {
			return this.messages.getMessage(bool ? "common.yes" : "common.no", null, LocaleContextHolder.getLocale());
		}
		return value.toString();
	}

	private static @Nullable Object read(RecordComponent component, AiSystemDetails details) {
		try {
			return component.getAccessor().invoke(details);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public record Difference(String field, String mine, String theirs) {
	}

}
