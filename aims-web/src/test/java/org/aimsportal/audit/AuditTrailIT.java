package org.aimsportal.audit;

import org.aimsportal.audit.trail.AuditTrailService;
import org.aimsportal.audit.trail.AuditTrailService.ChainVerification;
import org.aimsportal.support.AimsIntegrationTest;
import org.aimsportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@AimsIntegrationTest
@WithUserDetails(DemoUsers.AUDITOR)
class AuditTrailIT {

	@Autowired
	AuditTrailService trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theDemoTrailIsIntact() {
		ChainVerification result = this.trail.verify();
		assertThat(result.intact()).isTrue();
		assertThat(result.checkedEntries()).isGreaterThan(10);
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteEntries() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update audit_entries set actor = 'mallory' where id = 1").update());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from audit_entries where id = 1").update());
	}

	@Test
	void detectsAnEntryTamperedWithBehindTheTriggersBack() {
		long target = this.jdbc.sql("select min(id) + 3 from audit_entries").query(Long.class).single();
		String original = this.jdbc.sql("select changes from audit_entries where id = ?").param(target)
			.query(String.class).single();
		try {
			tamper(target, original.replaceFirst("\\}$", ",\"forged\":{\"before\":null,\"after\":\"x\"}}"));
			ChainVerification result = this.trail.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenEntry()).isEqualTo(target);
			assertThat(result.reason()).contains("content");
		}
		finally {
			tamper(target, original);
		}
		assertThat(this.trail.verify().intact()).isTrue();
	}

	/** A superuser can switch triggers off for its session, which is exactly what the hash chain guards against. */
	private void tamper(long id, String changes) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("set local session_replication_role = replica").update();
			this.jdbc.sql("update audit_entries set changes = ? where id = ?").param(changes).param(id).update();
		});
	}

}
