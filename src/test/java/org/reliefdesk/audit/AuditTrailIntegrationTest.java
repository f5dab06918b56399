package org.reliefdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.SignedIn;
import org.reliefdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Its own database: these tests tamper with the chain on purpose. */
@IntegrationTest(properties = "reliefdesk.test.context=audit-tampering")
class AuditTrailIntegrationTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        SignedIn.as("auditor", Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void appended_rows_form_an_intact_chain() {
        long before = count();
        AuditEntry first = trail.append(record("first"));
        AuditEntry second = trail.append(record("second"));

        assertThat(second.id()).isGreaterThan(first.id());
        ChainVerification result = trail.verify();
        assertThat(result.intact()).as("first broken row %s", result.firstBrokenId()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(before + 2);
    }

    @Test
    void the_database_refuses_update_delete_and_truncate() {
        AuditEntry entry = trail.append(record("protected"));

        assertThatThrownBy(() -> jdbc.update("update audit_event set summary = 'rewritten' where id = ?", entry.id()))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", entry.id()))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThat(jdbc.queryForObject("select summary from audit_event where id = ?", String.class, entry.id()))
                .isEqualTo("protected");
    }

    @Test
    void concurrent_writers_never_fork_the_chain() throws Exception {
        long before = count();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        trail.append(record("writer " + writer + " row " + i));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(count()).isEqualTo(before + 100);
        assertThat(jdbc.queryForObject("select count(distinct prev_hash) = count(*) from audit_event", Boolean.class))
                .isTrue();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void an_edited_row_and_a_deleted_row_are_found_by_verification() {
        trail.append(record("before"));
        AuditEntry edited = trail.append(record("to be edited"));
        AuditEntry deleted = trail.append(record("to be deleted"));
        AuditEntry after = trail.append(record("after"));

        asOwnerWithoutProtection("update audit_event set summary = 'quietly rewritten' where id = " + edited.id());
        assertThat(trail.verify().firstBrokenId()).isEqualTo(edited.id());

        asOwnerWithoutProtection("update audit_event set summary = 'to be edited' where id = " + edited.id());
        assertThat(trail.verify().intact()).isTrue();

        var original = jdbc.queryForMap("select * from audit_event where id = ?", deleted.id());
        asOwnerWithoutProtection("delete from audit_event where id = " + deleted.id());
        assertThat(trail.verify().firstBrokenId()).isEqualTo(after.id());

        // Put the row back exactly as it was, so the other tests see an intact chain.
        jdbc.update("""
                insert into audit_event (id, occurred_at, actor, remote_address, case_id, action, target_type,
                                         target_id, summary, details, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                original.get("id"), original.get("occurred_at"), original.get("actor"), original.get("remote_address"),
                original.get("case_id"), original.get("action"), original.get("target_type"),
                original.get("target_id"), original.get("summary"), original.get("details"),
                original.get("prev_hash"), original.get("hash"));
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void only_administrators_may_verify_the_chain() {
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThatThrownBy(() -> trail.verify()).isInstanceOf(AuthorizationDeniedException.class);
    }

    private void asOwnerWithoutProtection(String statement) {
        jdbc.execute("alter table audit_event disable trigger audit_event_no_update_or_delete");
        try {
            jdbc.execute(statement);
        } finally {
            jdbc.execute("alter table audit_event enable trigger audit_event_no_update_or_delete");
        }
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from audit_event", Long.class);
    }

    private static AuditRecord record(String summary) {
        return new AuditRecord("tester", "127.0.0.1", 42L, "TEST", "thing", "1", summary, "{\"k\":\"v\"}");
    }
}
