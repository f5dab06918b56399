package org.reliefdesk.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole chain in id order and reports the first row that does not match. No access
 * check here: {@link AuditTrail#verify()} and {@link VerificationRuns} check the caller, and the
 * nightly job runs with nobody signed in.
 */
@Component
class ChainWalk {

    private final JdbcTemplate jdbc;

    ChainWalk(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ChainVerification run() {
        AtomicReference<byte[]> expectedPrevious = new AtomicReference<>(AuditHash.GENESIS);
        AtomicLong checked = new AtomicLong();
        AtomicReference<Long> broken = new AtomicReference<>();
        jdbc.query(connection -> {
            // Time as epoch microseconds: exact, and cheaper than parsing a timestamp per row.
            var statement = connection.prepareStatement("""
                    select id, (extract(epoch from occurred_at) * 1000000)::bigint as micros, actor, remote_address,
                           case_id, action, target_type, target_id, summary, details, prev_hash, hash
                    from audit_event order by id""");
            // Stream the chain instead of loading it whole (needs the surrounding transaction).
            statement.setFetchSize(10_000);
            return statement;
        }, rs -> {
            if (broken.get() != null) {
                return;
            }
            checked.incrementAndGet();
            long micros = rs.getLong("micros");
            long caseIdValue = rs.getLong("case_id");
            Long caseId = rs.wasNull() ? null : caseIdValue;
            AuditEntry entry = new AuditEntry(rs.getLong("id"),
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L),
                    rs.getString("actor"), rs.getString("remote_address"), caseId, rs.getString("action"),
                    rs.getString("target_type"), rs.getString("target_id"), rs.getString("summary"),
                    rs.getString("details"));
            byte[] storedPrevious = rs.getBytes("prev_hash");
            byte[] storedHash = rs.getBytes("hash");
            if (!Arrays.equals(storedPrevious, expectedPrevious.get())
                    || !Arrays.equals(storedHash, AuditHash.of(storedPrevious, entry))) {
                broken.set(entry.id());
            }
            expectedPrevious.set(storedHash);
        });
        return new ChainVerification(checked.get(), broken.get());
    }
}
