package org.aimsportal.web.admin;

import org.aimsportal.audit.trail.AuditTrailService;
import org.aimsportal.web.support.HistoryPresenter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditTrailController {

	private final AuditTrailService trail;

	private final HistoryPresenter presenter;

	AuditTrailController(AuditTrailService trail, HistoryPresenter presenter) {
		this.trail = trail;
		this.presenter = presenter;
	}

	@GetMapping("/audit-trail")
	String recent(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("entries", this.presenter.presentTrail(this.trail.recent(Math.max(page, 1) - 1, 50)));
		return "admin/audit-trail";
	}

	@PostMapping("/audit-trail/verify")
	String verify(Model model) {
		model.addAttribute("verification", this.trail.verify());
		model.addAttribute("entries", this.presenter.presentTrail(this.trail.recent(0, 50)));
		return "admin/audit-trail";
	}

}
