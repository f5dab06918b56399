package org.reliefdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-11-21T08:00:00.123456Z");

    @Test
    void the_same_row_after_the_same_predecessor_hashes_the_same() {
        AuditEntry entry = entry("admin", "ACCOUNT_DISABLED", "Disabled account 'liming'");
        assertThat(AuditHash.of(AuditHash.GENESIS, entry)).isEqualTo(AuditHash.of(AuditHash.GENESIS, entry));
    }

    @Test
    void any_changed_field_or_predecessor_changes_the_hash() {
        AuditEntry original = entry("admin", "ACCOUNT_DISABLED", "Disabled account 'liming'");
        byte[] hash = AuditHash.of(AuditHash.GENESIS, original);

        assertThat(AuditHash.of(AuditHash.GENESIS, entry("admin2", "ACCOUNT_DISABLED", "Disabled account 'liming'")))
                .isNotEqualTo(hash);
        assertThat(AuditHash.of(AuditHash.GENESIS, entry("admin", "ACCOUNT_DISABLED", "Disabled account 'liming2'")))
                .isNotEqualTo(hash);
        byte[] otherPredecessor = hash.clone();
        assertThat(AuditHash.of(otherPredecessor, original)).isNotEqualTo(hash);
    }

    @Test
    void moving_text_between_fields_changes_the_hash() {
        AuditEntry a = new AuditEntry(1, AT, "ab", null, null, "c", null, null, "s", null);
        AuditEntry b = new AuditEntry(1, AT, "a", null, null, "bc", null, null, "s", null);
        assertThat(AuditHash.of(AuditHash.GENESIS, a)).isNotEqualTo(AuditHash.of(AuditHash.GENESIS, b));
    }

    @Test
    void a_missing_value_differs_from_an_empty_one() {
        AuditEntry missing = new AuditEntry(1, AT, "a", null, null, "x", null, null, "s", null);
        AuditEntry empty = new AuditEntry(1, AT, "a", "", null, "x", null, null, "s", null);
        assertThat(AuditHash.of(AuditHash.GENESIS, missing)).isNotEqualTo(AuditHash.of(AuditHash.GENESIS, empty));
    }

    private static AuditEntry entry(String actor, String action, String summary) {
        return new AuditEntry(7, AT, actor, "127.0.0.1", null, action, "account", "liming", summary, null);
    }
}
