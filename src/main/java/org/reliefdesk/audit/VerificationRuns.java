package org.reliefdesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.reliefdesk.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks of the audit chain and their recorded outcomes (table {@code audit_verification}): the
 * nightly job's ({@link NightlyVerification}) and an administrator's "verify now".
 */
@Service
public class VerificationRuns {

    static final String SCHEDULE = "schedule";
    private static final Logger log = LoggerFactory.getLogger(VerificationRuns.class);

    private final ChainWalk walk;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    VerificationRuns(ChainWalk walk, JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.walk = walk;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Verifies the chain now, as the signed-in administrator, and records the outcome. */
    @PreAuthorize("hasRole('ADMIN')")
    public VerificationRun runNow() {
        return run(VerificationRun.Trigger.ADMIN, currentUser.requireUsername());
    }

    /** The latest run, if the chain was ever verified. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<VerificationRun> last() {
        return recent(1).stream().findFirst();
    }

    /** The latest runs, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<VerificationRun> recent(int limit) {
        return jdbc.query("""
                select id, started_at, finished_at, intact, entries_checked, first_broken_id, trigger, triggered_by
                from audit_verification order by started_at desc, id desc limit ?""",
                (rs, n) -> run(rs), Math.clamp(limit, 1, 500));
    }

    /** No access check: the scheduled job runs with nobody signed in. */
    VerificationRun run(VerificationRun.Trigger trigger, String triggeredBy) {
        Instant started = clock.instant();
        ChainVerification result = walk.run();
        Instant finished = clock.instant();
        if (finished.isBefore(started)) {
            finished = started;
        }
        if (!result.intact()) {
            log.error("Audit chain broken at entry {} ({} entries checked, run by {})", result.firstBrokenId(),
                    result.rowsChecked(), triggeredBy);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Instant startedAt = started;
        Instant finishedAt = finished;
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    insert into audit_verification (started_at, finished_at, intact, entries_checked, first_broken_id,
                                                    trigger, triggered_by)
                    values (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            statement.setObject(1, OffsetDateTime.ofInstant(startedAt, ZoneOffset.UTC));
            statement.setObject(2, OffsetDateTime.ofInstant(finishedAt, ZoneOffset.UTC));
            statement.setBoolean(3, result.intact());
            statement.setLong(4, result.rowsChecked());
            statement.setObject(5, result.firstBrokenId());
            statement.setString(6, trigger.name());
            statement.setString(7, triggeredBy);
            return statement;
        }, key);
        return new VerificationRun(key.getKey().longValue(), started, finished, result.intact(), result.rowsChecked(),
                result.firstBrokenId(), trigger, triggeredBy);
    }

    private static VerificationRun run(ResultSet rs) throws SQLException {
        long broken = rs.getLong("first_broken_id");
        Long firstBroken = rs.wasNull() ? null : broken;
        return new VerificationRun(rs.getLong("id"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getObject("finished_at", OffsetDateTime.class).toInstant(), rs.getBoolean("intact"),
                rs.getLong("entries_checked"), firstBroken, VerificationRun.Trigger.valueOf(rs.getString("trigger")),
                rs.getString("triggered_by"));
    }
}
