package org.aimsportal.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds a running portal with AI systems through its API and measures the inventory's read and write
 * paths from a client on the same machine. Run it with the README's benchmark command; it is never part of
 * the test suite.
 */
public final class InventoryBenchmark {

	private static final String BASE = System.getProperty("benchmark.url", "http://localhost:8080");

	private static final String USER = System.getProperty("benchmark.user", "compliance@aims.example");

	private static final String PASSWORD = System.getProperty("benchmark.password", "demo-password");

	private static final int SYSTEMS = Integer.getInteger("benchmark.systems", 10_000);

	private static final int WRITE_SECONDS = Integer.getInteger("benchmark.writeSeconds", 60);

	private static final int WRITERS = Integer.getInteger("benchmark.writers", 50);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private String token;

	private String owner;

	private String unit;

	public static void main(String[] args) throws Exception {
		new InventoryBenchmark().run();
	}

	private void run() throws Exception {
		System.out.printf(Locale.ROOT, "AIMS Portal inventory benchmark against %s (%d cores)%n", BASE,
				Runtime.getRuntime().availableProcessors());
		signIn();
		seed();
		System.out.println();
		System.out.println("Reads (latency seen by a client on loopback, so an upper bound of server time):");
		String page = "/ai-systems?sort=name&dir=asc";
		String search = "/ai-systems?q=bench-00042&tier=HIGH";
		String api = "/api/v1/ai-systems?sort=name&size=25";
		// Steady state: warm every endpoint (JIT, caches, autovacuum after the bulk load) before measuring any.
		for (String path : List.of(page, search, api)) {
			warmUp(path);
		}
		Thread.sleep(5000);
		for (String path : List.of(page, search, api)) {
			report(path, "200 sequential", sequential(path, 200));
			report(path, "20 concurrent", concurrent(path, 20, 20));
		}
		System.out.println();
		writeLoad();
	}

	private void signIn() throws Exception {
		String login = send(get("/login")).body();
		HttpResponse<String> signedIn = send(form("/login", "username=" + enc(USER) + "&password=" + enc(PASSWORD)
				+ "&_csrf=" + csrf(login)));
		if (!String.valueOf(signedIn.headers().firstValue("Location").orElse("")).endsWith("/")) {
			throw new IllegalStateException("Sign-in failed for " + USER + ": " + signedIn.headers().map());
		}
		String tokens = send(get("/account/tokens")).body();
		send(form("/account/tokens", "name=benchmark&scope=WRITE&_csrf=" + csrf(tokens)));
		Matcher secret = Pattern.compile("aims_[A-Za-z0-9_-]{43}").matcher(send(get("/account/tokens")).body());
		if (!secret.find()) {
			throw new IllegalStateException("Could not create an API token");
		}
		this.token = secret.group();
		String list = send(api("/api/v1/ai-systems?size=1")).body();
		String id = field(list, "id");
		String detail = send(api("/api/v1/ai-systems/" + id)).body();
		this.owner = field(detail, "businessOwnerId");
		this.unit = field(detail, "unitId");
	}

	private void seed() throws Exception {
		long existing = total("/api/v1/ai-systems?q=BENCH-&size=1");
		int missing = (int) Math.max(0, SYSTEMS - existing);
		System.out.printf(Locale.ROOT, "Seeding: %d BENCH systems present, creating %d more%n", existing, missing);
		if (missing == 0) {
			return;
		}
		AtomicInteger next = new AtomicInteger((int) existing);
		AtomicInteger errors = new AtomicInteger();
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		for (int t = 0; t < 8; t++) {
			pool.submit(() -> {
				int n;
				while ((n = next.getAndIncrement()) < SYSTEMS) {
					try {
						if (send(create(String.format(Locale.ROOT, "BENCH-%05d", n), n)).statusCode() != 201) {
							errors.incrementAndGet();
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.HOURS);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "Seeded %d systems in %.1f s (%.0f creates/s, %d errors)%n", missing, seconds,
				missing / seconds, errors.get());
	}

	private void writeLoad() throws Exception {
		String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase(Locale.ROOT);
		System.out.printf(Locale.ROOT, "Writes: %d concurrent clients creating systems for %d s (run %s)%n", WRITERS,
				WRITE_SECONDS, run);
		AtomicInteger seq = new AtomicInteger();
		AtomicInteger ok = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong slowest = new AtomicLong();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WRITE_SECONDS);
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		for (int t = 0; t < WRITERS; t++) {
			pool.submit(() -> {
				while (System.nanoTime() < deadline) {
					int n = seq.incrementAndGet();
					long begin = System.nanoTime();
					try {
						int status = send(create("LOAD-" + run + "-" + n, n)).statusCode();
						(status == 201 ? ok : failed).incrementAndGet();
					}
					catch (Exception ex) {
						failed.incrementAndGet();
					}
					long micros = (System.nanoTime() - begin) / 1000;
					latencies.add(micros);
					slowest.accumulateAndGet(micros, Math::max);
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(WRITE_SECONDS + 120L, TimeUnit.SECONDS);
		long stored = total("/api/v1/ai-systems?q=LOAD-" + run + "-&size=1");
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf(Locale.ROOT, "  %d created (%.0f/s), %d errors, median %.1f ms, p95 %.1f ms, slowest %.1f ms%n",
				ok.get(), ok.get() / (double) WRITE_SECONDS, failed.get(), percentile(sorted, 50) / 1000.0,
				percentile(sorted, 95) / 1000.0, slowest.get() / 1000.0);
		System.out.printf(Locale.ROOT, "  stored in the database: %d, successful responses: %d → %s%n", stored,
				ok.get(), stored == ok.get() ? "equal" : "MISMATCH");
	}

	private void warmUp(String path) throws Exception {
		for (int i = 0; i < 200; i++) {
			send(path.startsWith("/api/") ? api(path) : get(path));
		}
	}

	private List<Long> sequential(String path, int count) throws Exception {
		List<Long> micros = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			micros.add(timed(path));
		}
		return micros;
	}

	private List<Long> concurrent(String path, int clients, int each) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<List<Long>>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> sequential(path, each)));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> f : futures) {
			all.addAll(f.get());
		}
		pool.shutdown();
		return all;
	}

	private long timed(String path) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = send(path.startsWith("/api/") ? api(path) : get(path));
		long micros = (System.nanoTime() - start) / 1000;
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
		return micros;
	}

	private static void report(String path, String mode, List<Long> micros) {
		List<Long> sorted = new ArrayList<>(micros);
		Collections.sort(sorted);
		System.out.printf(Locale.ROOT, "  %-42s %-15s median %6.1f ms  p95 %6.1f ms  max %6.1f ms (n=%d)%n", path,
				mode, percentile(sorted, 50) / 1000.0, percentile(sorted, 95) / 1000.0,
				sorted.get(sorted.size() - 1) / 1000.0, sorted.size());
	}

	private static long percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	private long total(String path) throws Exception {
		return Long.parseLong(field(send(api(path)).body(), "totalElements"));
	}

	private HttpRequest create(String code, int n) {
		String[] tiers = { "HIGH", "LIMITED", "MINIMAL", "NOT_CLASSIFIED" };
		String[] stages = { "CONCEPT", "DESIGN", "TRAINING", "VALIDATION", "DEPLOYMENT", "MONITORING" };
		String tier = tiers[n % tiers.length];
		String body = "{\"referenceCode\":\"" + code + "\",\"name\":\"" + code + " model\",\"description\":\"Seeded\","
				+ "\"intendedPurpose\":\"Benchmark volume\",\"businessOwnerId\":\"" + this.owner
				+ "\",\"technicalOwnerId\":\"" + this.owner + "\",\"unitId\":\"" + this.unit + "\",\"stage\":\""
				+ stages[n % stages.length] + "\",\"deploymentContext\":\"INTERNAL\",\"decisionsAboutPeople\":"
				+ (n % 3 == 0) + ",\"highStakesDomain\":\"NONE\",\"autonomyLevel\":\"HUMAN_IN_THE_LOOP\","
				+ "\"euRiskTier\":\"" + tier + "\",\"euTierJustification\":\"Seeded\",\"providerType\":\"IN_HOUSE\","
				+ "\"dataCategories\":[\"PERSONAL\"],\"isoRole\":\"PROVIDER\",\"euRole\":\"PROVIDER\","
				+ "\"inAimsScope\":true,\"scopeJustification\":\"Seeded\"}";
		return HttpRequest.newBuilder(URI.create(BASE + "/api/v1/ai-systems"))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private HttpRequest api(String path) {
		return HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + this.token).build();
	}

	private static HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(BASE + path)).build();
	}

	private static HttpRequest form(String path, String body) {
		return HttpRequest.newBuilder(URI.create(BASE + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String html) {
		Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		return m.group(1);
	}

	private static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("No " + name + " in " + json);
		}
		return m.group(1);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
