package org.aimsportal.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.aimsportal.support.AimsIntegrationTest;
import org.aimsportal.support.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.aimsportal.browser.BrowserSupport.assertAccessible;
import static org.aimsportal.browser.BrowserSupport.screenshot;

/** A compliance officer's first journey through the inventory, in a real browser. */
@AimsIntegrationTest
class InventoryJourneyIT {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	private final java.util.List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

	@org.junit.jupiter.api.AfterEach
	void pagesSatisfyTheContentSecurityPolicy() {
		org.assertj.core.api.Assertions.assertThat(this.cspViolations).as("CSP violations reported by the browser")
			.isEmpty();
	}

	@BeforeAll
	static void startBrowser() {
		playwright = BrowserSupport.playwright();
		browser = BrowserSupport.launch(playwright);
	}

	@AfterAll
	static void stopBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private Page signIn(BrowserContext context, String email) {
		Page page = context.newPage();
		page.navigate(url("/"));
		assertThat(page).hasURL(url("/login"));
		assertAccessible(page);
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill(AimsIntegrationTest.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Welcome");
		return page;
	}

	@Test
	void registersFindsEditsAndSeesTheHistoryOfAnAiSystem() {
		try (BrowserContext context = BrowserSupport.newContext(browser, this.cspViolations)) {
			Page page = signIn(context, DemoUsers.COMPLIANCE);
			screenshot(page, "01-overview");
			assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("AI systems").setExact(true)).click();
			assertThat(page.locator("table")).containsText("Retail credit scoring");
			assertAccessible(page);
			screenshot(page, "02-inventory");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register an AI system")).first().click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(page.locator("#name-error")).isVisible();
			assertThat(page.locator("#referenceCode-error")).isVisible();
			assertAccessible(page);
			screenshot(page, "03-validation-errors");

			page.getByLabel("Reference code").fill("BRW-001");
			page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Browser-tested claims triage");
			page.getByLabel("Intended purpose").fill("Route insurance claims to the right handler");
			page.getByLabel("Business owner").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Omar Owner"));
			page.getByLabel("Technical owner").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Priya Patel"));
			page.getByLabel("Organisational unit").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Retail Banking (EU)"));
			page.getByLabel("High-stakes domain").selectOption("FINANCE");
			page.getByLabel("Makes or supports decisions about people").check();
			page.getByLabel("Personal data", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByLabel("Why it is in or out of scope").fill("Run by a unit inside the AIMS");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

			assertThat(page.locator(".flash.success")).containsText("BRW-001 registered");
			assertThat(page.locator("#triage")).containsText("Review required");
			assertThat(page.locator("#triage")).containsText("Used in a high-stakes domain");
			assertAccessible(page);
			screenshot(page, "04-registered");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("AI systems").setExact(true)).click();
			// Live search is htmx: type only once the page has loaded and htmx has bound its triggers.
			page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
			page.waitForFunction("() => window.htmx !== undefined && document.readyState === 'complete'");
			page.getByLabel("Search name, code, description or purpose").fill("claims triage");
			assertThat(page.locator("#results tbody tr")).hasCount(1);
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=claims(\\+|%20)triage.*"));
			screenshot(page, "05-search");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Browser-tested claims triage")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit")).click();
			assertAccessible(page);
			page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Claims triage assistant");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

			assertThat(page.locator(".flash.success")).containsText("Changes to BRW-001 saved");
			assertThat(page.locator("table.history")).containsText("Browser-tested claims triage");
			assertThat(page.locator("table.history")).containsText("Claims triage assistant");
			assertThat(page.locator("table.history")).containsText(DemoUsers.COMPLIANCE);
			assertAccessible(page);
			screenshot(page, "06-history");
		}
	}

	@Test
	void aConflictingEditIsShownAndLosesNothing() {
		try (BrowserContext first = BrowserSupport.newContext(browser, this.cspViolations); BrowserContext second = BrowserSupport.newContext(browser, this.cspViolations)) {
			Page alice = signIn(first, DemoUsers.COMPLIANCE);
			Page bob = signIn(second, DemoUsers.ADMIN);
			alice.navigate(url("/ai-systems?q=DOC-OCR-01"));
			alice.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Invoice data extraction")).click();
			alice.waitForURL(java.util.regex.Pattern.compile(".*/ai-systems/[0-9a-f-]{36}$"));
			String editUrl = alice.url() + "/edit";
			alice.navigate(editUrl);
			bob.navigate(editUrl);
			bob.getByLabel("Intended purpose").fill("Extract invoice fields (changed by the admin)");
			bob.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(bob.locator(".flash.success")).isVisible();

			alice.getByLabel("Intended purpose").fill("Extract invoice fields (changed by compliance)");
			alice.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(alice.locator("#conflict")).containsText("Someone else changed this system");
			assertThat(alice.locator("#conflict")).containsText("changed by the admin");
			assertThat(alice.getByLabel("Intended purpose")).hasValue("Extract invoice fields (changed by compliance)");
			assertAccessible(alice);
			screenshot(alice, "07-conflict");

			alice.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(alice.locator(".flash.success")).isVisible();
			assertThat(alice.locator("dl.facts").first()).containsText("changed by compliance");
		}
	}

	@Test
	void aProposedUseCaseIsTriagedAndReachesTheComplianceOfficer() {
		try (BrowserContext viewerContext = BrowserSupport.newContext(browser, this.cspViolations); BrowserContext officerContext = BrowserSupport.newContext(browser, this.cspViolations)) {
			Page viewer = signIn(viewerContext, DemoUsers.VIEWER);
			viewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Propose a use case")).click();
			assertAccessible(viewer);
			viewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit proposal")).click();
			assertThat(viewer.locator("#name-error")).isVisible();
			viewer.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Contract clause extractor");
			viewer.getByLabel("Intended purpose").fill("Find liability clauses in supplier contracts");
			viewer.getByLabel("Organisational unit").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Group IT (Global)"));
			viewer.getByLabel("Provider", new Page.GetByLabelOptions().setExact(true)).selectOption("THIRD_PARTY");
			viewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit proposal")).click();
			assertThat(viewer.locator("#providerName-error")).isVisible();
			viewer.getByLabel("Provider name").fill("LexiScan Ltd");
			viewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit proposal")).click();
			assertThat(viewer.locator(".flash.success")).containsText("was recorded and sent for review");
			assertThat(viewer.locator("body")).containsText("Awaiting");
			assertThat(viewer.locator("#triage")).containsText("EU AI Act tier not yet decided");
			screenshot(viewer, "11-proposal");

			Page officer = signIn(officerContext, DemoUsers.COMPLIANCE);
			assertThat(officer.locator(".bell .badge")).isVisible();
			officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Intake queue")).click();
			assertThat(officer.locator("table")).containsText("Contract clause extractor");
			assertAccessible(officer);
			screenshot(officer, "12-intake-queue");
			officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contract clause extractor")).click();
			officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept into the inventory")).click();
			assertThat(officer.locator(".flash.success")).containsText("taken into the inventory");
			assertThat(officer.locator("table")).not().containsText("Contract clause extractor");
			officer.navigate(url("/notifications"));
			assertThat(officer.locator("body")).containsText("New AI use case proposed: Contract clause extractor");
			assertAccessible(officer);
		}
	}

	@Test
	void everyoneCanBrowseTheCatalogueAndTheScope() {
		try (BrowserContext context = BrowserSupport.newContext(browser, this.cspViolations)) {
			Page page = signIn(context, DemoUsers.VIEWER);
			page.navigate(url("/catalogue"));
			assertThat(page.locator("body")).containsText("A.6.2.4");
			assertAccessible(page);
			screenshot(page, "08-catalogue");
			page.locator("a[href$='/catalogue/entries/A.6.2.4']").click();
			assertThat(page.locator("body")).containsText("Crosswalk");
			assertAccessible(page);
			screenshot(page, "09-control");
			page.navigate(url("/scope"));
			assertThat(page.locator("body")).containsText("Revision 1");
			assertAccessible(page);
			screenshot(page, "10-scope");
			page.navigate(url("/intake/new"));
			assertAccessible(page);
		}
	}

}
