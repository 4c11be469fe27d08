package org.aimsportal.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.aimsportal.support.AimsIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@AimsIntegrationTest
class CatalogueIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void seedsTheCountsOfTheStandard() {
		Map<String, Long> counts = this.jdbc.sql("select kind, count(*) from catalogue_entries group by kind")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(counts).containsEntry("CLAUSE", 7L)
			.containsEntry("SUBCLAUSE", 36L)
			.containsEntry("ANNEX_A_OBJECTIVE", 9L)
			.containsEntry("ANNEX_A_SUB_OBJECTIVE", 2L)
			.containsEntry("ANNEX_A_CONTROL", 38L)
			.containsEntry("ANNEX_C_OBJECTIVE", 11L)
			.containsEntry("ANNEX_C_RISK_SOURCE", 7L);
	}

	@Test
	void containsEveryReferenceIdExactlyOnceWithItsKind() throws IOException {
		List<String> expected;
		try (InputStream in = getClass().getResourceAsStream("/catalogue-reference-ids.txt")) {
			expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter((l) -> !l.isBlank()).toList();
		}
		List<String> stored = this.jdbc.sql("select code || '|' || kind from catalogue_entries").query(String.class).list();
		assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(stored).contains("6.1.1|SUBCLAUSE", "6.1.4|SUBCLAUSE", "9.3.3|SUBCLAUSE", "A.10.4|ANNEX_A_CONTROL");
	}

	@Test
	void sortsIdsNaturally() {
		List<String> controls = this.jdbc
			.sql("select code from catalogue_entries where kind = 'ANNEX_A_CONTROL' order by sort_key")
			.query(String.class)
			.list();
		assertThat(controls.get(0)).isEqualTo("A.2.2");
		assertThat(controls.indexOf("A.2.2")).isLessThan(controls.indexOf("A.10.2"));
		assertThat(controls.indexOf("A.9.4")).isLessThan(controls.indexOf("A.10.2"));
		assertThat(controls.get(controls.size() - 1)).isEqualTo("A.10.4");
	}

	@Test
	void keepsTheProvenanceOfCrosswalkRows() {
		List<String> provenances = this.jdbc.sql("select distinct provenance from crosswalk_links").query(String.class).list();
		assertThat(provenances).contains("OFFICIAL_CROSSWALK", "OWN_ALIGNMENT");
		assertThat(this.jdbc.sql("select count(*) from eu_annex_iii_areas").query(Long.class).single()).isEqualTo(8);
	}

}
