package org.reliefdesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.reliefdesk.security.SecurityEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's one audit trail. Rows are only ever inserted (the database
 * refuses anything else) and each carries a hash over its predecessor's hash,
 * so a changed or missing row shows up on {@link #verify()}.
 */
@Service
public class AuditTrail {

    /** Appends are serialised by this lock, so ids and the chain advance together and never fork. */
    private static final long CHAIN_LOCK = 0x5244_4155_4449_54L;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ChainWalk walk;

    AuditTrail(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events, ChainWalk walk) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.walk = walk;
    }

    /**
     * Appends in the caller's transaction, or in a new one when there is none, and
     * publishes {@link AuditRecorded} in that transaction: every change is audited, so
     * a module that derives data from others' changes (the deadline engine) listens
     * for it instead of each module calling it.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry append(AuditRecord record) {
        jdbc.queryForList("select pg_advisory_xact_lock(?)", CHAIN_LOCK);
        byte[] previous = jdbc.query("select hash from audit_event order by id desc limit 1",
                rs -> rs.next() ? rs.getBytes(1) : AuditHash.GENESIS);
        long id = jdbc.queryForObject("select nextval('audit_event_seq')", Long.class);
        // PostgreSQL keeps microseconds; hash exactly what will be read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(id, now, truncate(record.actor(), 64), truncate(record.remoteAddress(), 64),
                record.caseId(), record.action(), record.targetType(), truncate(record.targetId(), 64),
                record.summary(), record.details());
        byte[] hash = AuditHash.of(previous, entry);
        jdbc.update("""
                insert into audit_event (id, occurred_at, actor, remote_address, case_id, action, target_type,
                                         target_id, summary, details, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                entry.id(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC), entry.actor(),
                entry.remoteAddress(), entry.caseId(), entry.action(), entry.targetType(), entry.targetId(),
                entry.summary(), entry.details(), previous, hash);
        events.publishEvent(new AuditRecorded(entry.id(), entry.caseId(), entry.action()));
        return entry;
    }

    /**
     * The hash a row gets when it follows {@code previousHash}: for tools that
     * write rows in bulk (the benchmark's loader) and must chain them the same way.
     */
    public static byte[] chainHash(byte[] previousHash, AuditEntry entry) {
        return AuditHash.of(previousHash, entry);
    }

    /** Security events are audited in the transaction that produced them. */
    @EventListener
    void on(SecurityEvent event) {
        append(new AuditRecord(event.actor(), event.remoteAddress(), null, event.action(),
                event.targetUsername() == null ? null : "account", event.targetUsername(), event.summary(), null));
    }

    /**
     * A case's entries, newest first, one slice at a time, for the staff working on the case.
     * The case module's access bean decides (the audit module never imports it).
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public Slice<AuditEntry> caseEntries(long caseId, Pageable pageable) {
        List<AuditEntry> rows = jdbc.query("""
                select id, occurred_at, actor, remote_address, case_id, action, target_type, target_id, summary, details
                from audit_event where case_id = ? order by id desc limit ? offset ?""",
                (rs, n) -> entry(rs), caseId, pageable.getPageSize() + 1, pageable.getOffset());
        boolean hasNext = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? rows.subList(0, pageable.getPageSize()) : rows, pageable, hasNext);
    }

    /**
     * A case's entries with one of these actions, newest first, one slice at a time: for the
     * client's own timeline, whose service fixes the actions a client may see (their facts are
     * filtered there too). Only people who may read the case get here.
     */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public Slice<AuditEntry> caseEntries(long caseId, Collection<String> actions, Pageable pageable) {
        if (actions.isEmpty()) {
            return new SliceImpl<>(List.of(), pageable, false);
        }
        List<AuditEntry> rows = jdbc.query("""
                select id, occurred_at, actor, remote_address, case_id, action, target_type, target_id, summary, details
                from audit_event where case_id = ? and action = any (?) order by id desc limit ? offset ?""",
                (rs, n) -> entry(rs), caseId, actions.toArray(String[]::new), pageable.getPageSize() + 1,
                pageable.getOffset());
        boolean hasNext = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? rows.subList(0, pageable.getPageSize()) : rows, pageable, hasNext);
    }

    /** Walks the whole chain in id order and reports the first row that does not match. */
    @PreAuthorize("hasRole('ADMIN')")
    public ChainVerification verify() {
        return walk.run();
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        long caseIdValue = rs.getLong("case_id");
        Long caseId = rs.wasNull() ? null : caseIdValue;
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("remote_address"), caseId,
                rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
                rs.getString("summary"), rs.getString("details"));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
