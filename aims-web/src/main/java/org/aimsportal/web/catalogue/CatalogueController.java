package org.aimsportal.web.catalogue;

import org.aimsportal.audit.catalogue.CatalogueService;
import org.aimsportal.domain.catalogue.CatalogueKind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CatalogueController {

	private final CatalogueService catalogue;

	CatalogueController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/catalogue")
	String index(@RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("clauses", this.catalogue.clauses(q));
		model.addAttribute("annexA", this.catalogue.annexA(q));
		model.addAttribute("annexCObjectives", this.catalogue.annexC(CatalogueKind.ANNEX_C_OBJECTIVE, q));
		model.addAttribute("annexCRiskSources", this.catalogue.annexC(CatalogueKind.ANNEX_C_RISK_SOURCE, q));
		model.addAttribute("subclauseCount", this.catalogue.count(CatalogueKind.SUBCLAUSE));
		model.addAttribute("objectiveCount", this.catalogue.count(CatalogueKind.ANNEX_A_OBJECTIVE));
		model.addAttribute("controlCount", this.catalogue.count(CatalogueKind.ANNEX_A_CONTROL));
		return "catalogue/index";
	}

	@GetMapping("/catalogue/entries/{code}")
	String entry(@PathVariable String code, Model model) {
		model.addAttribute("detail", this.catalogue.entry(code));
		return "catalogue/entry";
	}

	@GetMapping("/catalogue/eu-ai-act")
	String euAiAct(Model model) {
		model.addAttribute("tiers", this.catalogue.euTiers());
		model.addAttribute("areas", this.catalogue.annexIiiAreas());
		return "catalogue/eu-ai-act";
	}

}
