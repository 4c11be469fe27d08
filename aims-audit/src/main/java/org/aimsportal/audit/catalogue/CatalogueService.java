package org.aimsportal.audit.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.aimsportal.domain.catalogue.AnnexIiiArea;
import org.aimsportal.domain.catalogue.AnnexIiiAreaRepository;
import org.aimsportal.domain.catalogue.CatalogueEntry;
import org.aimsportal.domain.catalogue.CatalogueKind;
import org.aimsportal.domain.catalogue.CatalogueRepository;
import org.aimsportal.domain.catalogue.CrosswalkLink;
import org.aimsportal.domain.catalogue.CrosswalkRepository;
import org.aimsportal.domain.catalogue.EuAiActTier;
import org.aimsportal.domain.catalogue.EuAiActTierRepository;
import org.aimsportal.domain.shared.NotFoundException;
import org.aimsportal.domain.user.AccessRules;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the ISO/IEC 42001 catalogue as trees, with the crosswalk of each entry. */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

	private static final Set<CatalogueKind> CLAUSES = EnumSet.of(CatalogueKind.CLAUSE, CatalogueKind.SUBCLAUSE);

	private static final Set<CatalogueKind> ANNEX_A = EnumSet.of(CatalogueKind.ANNEX_A_OBJECTIVE,
			CatalogueKind.ANNEX_A_SUB_OBJECTIVE, CatalogueKind.ANNEX_A_CONTROL);

	private final CatalogueRepository entries;

	private final CrosswalkRepository crosswalk;

	private final EuAiActTierRepository tiers;

	private final AnnexIiiAreaRepository annexIii;

	CatalogueService(CatalogueRepository entries, CrosswalkRepository crosswalk, EuAiActTierRepository tiers,
			AnnexIiiAreaRepository annexIii) {
		this.entries = entries;
		this.crosswalk = crosswalk;
		this.tiers = tiers;
		this.annexIii = annexIii;
	}

	/** Clauses 4 to 10 with their sub-clauses, optionally only the branches matching {@code text}. */
	@PreAuthorize(AccessRules.SIGNED_IN)
	public List<Node> clauses(@Nullable String text) {
		return tree(this.entries.findByKindInOrderBySortKey(CLAUSES), text);
	}

	/** Annex A objectives with their controls (A.6 with its two groups). */
	@PreAuthorize(AccessRules.SIGNED_IN)
	public List<Node> annexA(@Nullable String text) {
		return tree(this.entries.findByKindInOrderBySortKey(ANNEX_A), text);
	}

	@PreAuthorize(AccessRules.SIGNED_IN)
	public List<CatalogueEntry> annexC(CatalogueKind kind, @Nullable String text) {
		return this.entries.findByKindInOrderBySortKey(EnumSet.of(kind)).stream().filter((e) -> matches(e, text)).toList();
	}

	@PreAuthorize(AccessRules.SIGNED_IN)
	public EntryDetail entry(String code) {
		CatalogueEntry entry = this.entries.findByCode(code).orElseThrow(() -> new NotFoundException("Catalogue entry", code));
		List<CatalogueEntry> path = new ArrayList<>();
		String parent = entry.getParentCode();
		while (parent != null) {
			CatalogueEntry p = this.entries.findByCode(parent).orElseThrow();
			path.add(0, p);
			parent = p.getParentCode();
		}
		return new EntryDetail(entry, path, this.entries.findByParentCodeOrderBySortKey(code),
				this.crosswalk.findBySourceCodeOrderByFramework(code));
	}

	@PreAuthorize(AccessRules.SIGNED_IN)
	public long count(CatalogueKind kind) {
		return this.entries.countByKind(kind);
	}

	@PreAuthorize(AccessRules.SIGNED_IN)
	public List<EuAiActTier> euTiers() {
		return this.tiers.findAllByOrderBySortOrder();
	}

	@PreAuthorize(AccessRules.SIGNED_IN)
	public List<AnnexIiiArea> annexIiiAreas() {
		return this.annexIii.findAllByOrderByNumber();
	}

	private static List<Node> tree(List<CatalogueEntry> sorted, @Nullable String text) {
		Map<String, Node> byCode = new LinkedHashMap<>();
		List<Node> roots = new ArrayList<>();
		for (CatalogueEntry e : sorted) {
			Node node = new Node(e, new ArrayList<>());
			byCode.put(e.getCode(), node);
			Node parent = (e.getParentCode() != null) ? byCode.get(e.getParentCode()) : null;
			if (parent != null) {
				parent.children().add(node);
			}
			else {
				roots.add(node);
			}
		}
		if (text == null || text.isBlank()) {
			return roots;
		}
		return roots.stream().map((n) -> prune(n, text)).filter((n) -> n != null).toList();
	}

	/** Keeps a node when it or one of its descendants matches. */
	private static @Nullable Node prune(Node node, String text) {
		List<Node> kept = new ArrayList<>();
		for (Node child : node.children()) {
			Node k = prune(child, text);
			if (k != null) {
				kept.add(k);
			}
		}
		return (matches(node.entry(), text) || !kept.isEmpty()) ? new Node(node.entry(), kept) : null;
	}

	private static boolean matches(CatalogueEntry e, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return true;
		}
		String t = text.trim().toLowerCase(Locale.ROOT);
		return e.getCode().toLowerCase(Locale.ROOT).startsWith(t) || e.getTitle().toLowerCase(Locale.ROOT).contains(t)
				|| e.getDescription().toLowerCase(Locale.ROOT).contains(t);
	}

	public record Node(CatalogueEntry entry, List<Node> children) {
	}

	public record EntryDetail(CatalogueEntry entry, List<CatalogueEntry> path, List<CatalogueEntry> children,
			List<CrosswalkLink> crosswalk) {
	}

}
