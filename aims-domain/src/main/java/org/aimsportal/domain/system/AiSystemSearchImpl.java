package org.aimsportal.domain.system;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** JPQL behind {@link AiSystemSearch}: one query for the page and one for the count, whatever the filter. */
class AiSystemSearchImpl implements AiSystemSearch {

	private static final String FROM = " from AiSystem s join OrganisationalUnit u on u.id = s.unitId"
			+ " join UserAccount bo on bo.id = s.businessOwnerId join UserAccount tech on tech.id = s.technicalOwnerId";

	private static final String SELECT = "select new org.aimsportal.domain.system.AiSystemRow(s.id, s.referenceCode,"
			+ " s.name, s.lifecycleStage, s.euRiskTier, s.triageOutcome, u.name, bo.displayName, tech.displayName,"
			+ " s.intakeStatus, s.lastModifiedAt, s.archivedAt)";

	private final EntityManager entityManager;

	AiSystemSearchImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Page<AiSystemRow> search(AiSystemFilter filter, AiSystemSort sort, Sort.Direction direction, int page,
			int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		TypedQuery<AiSystemRow> rows = this.entityManager
			.createQuery(SELECT + FROM + where + orderBy(sort, direction), AiSystemRow.class)
			.setFirstResult(page * size)
			.setMaxResults(size);
		// The joins only add names: every system has its unit and owners (NOT NULL foreign keys), so the
		// count can skip them, which keeps it an index or sequential scan of one table.
		TypedQuery<Long> count = this.entityManager.createQuery("select count(s) from AiSystem s" + where, Long.class);
		params.forEach((name, value) -> {
			rows.setParameter(name, value);
			count.setParameter(name, value);
		});
		List<AiSystemRow> content = rows.getResultList();
		return new PageImpl<>(content, PageRequest.of(page, size), count.getSingleResult());
	}

	@Override
	public void forEachRow(AiSystemFilter filter, AiSystemSort sort, Sort.Direction direction,
			Consumer<AiSystemRow> sink) {
		Map<String, Object> params = new HashMap<>();
		TypedQuery<AiSystemRow> rows = this.entityManager
			.createQuery(SELECT + FROM + where(filter, params) + orderBy(sort, direction), AiSystemRow.class)
			.setHint("org.hibernate.fetchSize", 500);
		params.forEach(rows::setParameter);
		try (Stream<AiSystemRow> stream = rows.getResultStream()) {
			stream.forEach(sink);
		}
	}

	private static String orderBy(AiSystemSort sort, Sort.Direction direction) {
		return " order by " + sort.expression() + " " + direction.name() + ", s.id";
	}

	private static String where(AiSystemFilter f, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (!f.includeArchived()) {
			where.append(" and s.archivedAt is null");
		}
		if (f.text() != null && !f.text().isBlank()) {
			// The same expression as the trigram index idx_ai_systems_search (V11).
			where.append(" and lower(concat(s.name, ' ', s.referenceCode, ' ', s.description, ' ', s.intendedPurpose))"
					+ " like :text");
			params.put("text", "%" + escapeLike(f.text().trim().toLowerCase(Locale.ROOT)) + "%");
		}
		if (f.stage() != null) {
			where.append(" and s.lifecycleStage = :stage");
			params.put("stage", f.stage());
		}
		if (f.tier() != null) {
			where.append(" and s.euRiskTier = :tier");
			params.put("tier", f.tier());
		}
		if (f.ownerId() != null) {
			where.append(" and (s.businessOwnerId = :owner or s.technicalOwnerId = :owner)");
			params.put("owner", f.ownerId());
		}
		if (f.unitId() != null) {
			where.append(" and s.unitId = :unit");
			params.put("unit", f.unitId());
		}
		if (f.triage() != null) {
			where.append(" and s.triageOutcome = :triage");
			params.put("triage", f.triage());
		}
		if (f.intakeStatus() != null) {
			where.append(" and s.intakeStatus = :intake");
			params.put("intake", f.intakeStatus());
		}
		return where.toString();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
