package org.aimsportal.web.system;

import java.util.Locale;
import java.util.UUID;

import org.aimsportal.domain.system.AiSystemFilter;
import org.aimsportal.domain.system.AiSystemSort;
import org.aimsportal.domain.system.EuRiskTier;
import org.aimsportal.domain.system.IntakeStatus;
import org.aimsportal.domain.system.LifecycleStage;
import org.aimsportal.domain.system.TriageOutcome;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/** The list's query string: filters, sort and page (1-based in the URL). */
public record AiSystemListQuery(@Nullable String q, @Nullable LifecycleStage stage, @Nullable EuRiskTier tier,
		@Nullable UUID owner, @Nullable UUID unit, @Nullable TriageOutcome triage,
		@Nullable IntakeStatus intake, @Nullable Boolean archived, @Nullable String sort, @Nullable String dir,
		@Nullable Integer page) {

	public AiSystemFilter filter() {
		return new AiSystemFilter(this.q, this.stage, this.tier, this.owner, this.unit, this.triage, this.intake,
				Boolean.TRUE.equals(this.archived));
	}

	public AiSystemSort sortColumn() {
		if (this.sort == null) {
			return AiSystemSort.NAME;
		}
		try {
			return AiSystemSort.valueOf(this.sort.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return AiSystemSort.NAME;
		}
	}

	public Sort.Direction direction() {
		return "desc".equalsIgnoreCase(this.dir) ? Sort.Direction.DESC : Sort.Direction.ASC;
	}

	public int pageIndex() {
		return (this.page == null || this.page < 1) ? 0 : this.page - 1;
	}

	/** Sort links toggle the direction of the current column and start others ascending. */
	public String nextDir(String column) {
		return (sortColumn().name().equalsIgnoreCase(column) && direction() == Sort.Direction.ASC) ? "desc"
				: "asc";
	}

	public @Nullable String ariaSort(String column) {
		if (!sortColumn().name().equalsIgnoreCase(column)) {
			return null;
		}
		return (direction() == Sort.Direction.ASC) ? "ascending" : "descending";
	}

	/** A link to the list with these filters and the given sort and page. */
	public String link(String column, String direction, int pageNumber) {
		return withFilters(UriComponentsBuilder.fromPath("/ai-systems")).queryParam("sort", column.toLowerCase(Locale.ROOT))
			.queryParam("dir", direction)
			.queryParam("page", pageNumber)
			.build()
			.encode()
			.toUriString();
	}

	/** A link to another page with the current filters and sort. */
	public String pageLink(int pageNumber) {
		return link(sortColumn().name(), direction().name().toLowerCase(Locale.ROOT), pageNumber);
	}

	/** The CSV export of exactly what the list shows, in the same order. */
	public String exportLink() {
		return withFilters(UriComponentsBuilder.fromPath("/ai-systems/export.csv"))
			.queryParam("sort", sortColumn().name().toLowerCase(Locale.ROOT))
			.queryParam("dir", direction().name().toLowerCase(Locale.ROOT))
			.build()
			.encode()
			.toUriString();
	}

	public boolean hasFilters() {
		return (this.q != null && !this.q.isBlank()) || this.stage != null || this.tier != null || this.owner != null
				|| this.unit != null || this.triage != null || this.intake != null || Boolean.TRUE.equals(this.archived);
	}

	private UriComponentsBuilder withFilters(UriComponentsBuilder builder) {
		if (this.q != null && !this.q.isBlank()) {
			builder.queryParam("q", this.q);
		}
		if (this.stage != null) {
			builder.queryParam("stage", this.stage);
		}
		if (this.tier != null) {
			builder.queryParam("tier", this.tier);
		}
		if (this.owner != null) {
			builder.queryParam("owner", this.owner);
		}
		if (this.unit != null) {
			builder.queryParam("unit", this.unit);
		}
		if (this.triage != null) {
			builder.queryParam("triage", this.triage);
		}
		if (this.intake != null) {
			builder.queryParam("intake", this.intake);
		}
		if (Boolean.TRUE.equals(this.archived)) {
			builder.queryParam("archived", true);
		}
		return builder;
	}

}
