package org.aimsportal.web.system;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.aimsportal.domain.system.AiSystemRow;
import org.aimsportal.lifecycle.inventory.AiSystemService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AiSystemListController {

	static final int PAGE_SIZE = 25;

	private final AiSystemService systems;

	private final InventoryReferenceData referenceData;

	AiSystemListController(AiSystemService systems, InventoryReferenceData referenceData) {
		this.systems = systems;
		this.referenceData = referenceData;
	}

	@GetMapping("/ai-systems")
	String list(AiSystemListQuery query, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		Page<AiSystemRow> page = this.systems.search(query.filter(), query.sortColumn(), query.direction(),
				query.pageIndex(), PAGE_SIZE);
		model.addAttribute("page", page);
		model.addAttribute("query", query);
		if (htmx != null) {
			return "systems/list :: results";
		}
		this.referenceData.addTo(model);
		return "systems/list";
	}

	@GetMapping("/ai-systems/export.csv")
	void export(AiSystemListQuery query, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("ai-systems.csv", StandardCharsets.UTF_8).build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
			.setHeader("reference_code", "name", "lifecycle_stage", "eu_risk_tier", "governance_review", "unit",
					"business_owner", "technical_owner", "intake_status", "last_modified_at", "archived_at")
			.get())) {
			this.systems.export(query.filter(), query.sortColumn(), query.direction(), (row) -> {
				try {
					csv.printRecord(row.referenceCode(), row.name(), row.stage(), row.tier(), row.triage(),
							row.unitName(), row.businessOwnerName(), row.technicalOwnerName(), row.intakeStatus(),
							row.lastModifiedAt(), row.archivedAt());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

}
