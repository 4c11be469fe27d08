package org.aimsportal.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the system Chromium through Playwright. Without a browser the tests are skipped on a laptop,
 * but with {@code CI=true} a missing browser fails the run.
 */
final class BrowserSupport {

	static final Path CHROMIUM = Path.of(System.getProperty("aims.chromium", "/usr/bin/chromium"));

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic");

	private BrowserSupport() {
	}

	static Playwright playwright() {
		if (!Files.isExecutable(CHROMIUM)) {
			String message = "No Chromium at " + CHROMIUM + " (apt-get install -y chromium)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail(message);
			}
			Assumptions.abort(message);
		}
		return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(FLAGS));
	}

	/** Fails on any serious or critical WCAG 2 A/AA violation of the page as it is now. */
	static void assertAccessible(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
		List<Rule> severe = results.getViolations()
			.stream()
			.filter((r) -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
			.toList();
		assertThat(severe).as("accessibility of %s: %s", page.url(), severe.stream()
			.map((r) -> r.getId() + " (" + r.getImpact() + "): " + r.getNodes().stream()
				.map((n) -> n.getTarget().toString())
				.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("; "))).isEmpty();
	}

	/**
	 * A context that records every Content-Security-Policy violation caused by what the portal serves.
	 * Scripts the test tools inject (axe-core) have no URL and are not the portal's doing.
	 */
	static BrowserContext newContext(Browser browser, List<String> violations) {
		BrowserContext context = browser.newContext();
		context.onConsoleMessage((message) -> {
			if (message.text().contains("Content Security Policy") && message.location().startsWith("http")) {
				violations.add(message.location() + ": " + message.text());
			}
		});
		return context;
	}

	static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

}
