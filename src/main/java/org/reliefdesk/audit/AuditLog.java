package org.reliefdesk.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator's reading of the whole audit trail (decision 021): newest first by time, filtered,
 * a page at a time, and exported as a stream of pages. Every filter has an index that ends in
 * (occurred_at, id) (V022), so a page is a short index range scan however long the log.
 */
@Service
public class AuditLog {

    static final String EXPORTED = "AUDIT_LOG_EXPORTED";
    /** Rows per query while exporting: memory stays flat however many rows match. */
    static final int EXPORT_PAGE = 1_000;
    private static final String COLUMNS = "id, occurred_at, actor, remote_address, case_id, action, target_type, "
            + "target_id, summary, details";

    private final JdbcTemplate jdbc;
    private final AuditTrail trail;
    private final CurrentUser currentUser;

    AuditLog(JdbcTemplate jdbc, AuditTrail trail, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.currentUser = currentUser;
    }

    /** One page of the entries matching the filter, newest first; no count (a count of millions is slow). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<AuditEntry> entries(AuditFilter filter, Pageable pageable) {
        List<AuditEntry> rows = query(filter, null, pageable.getOffset(), pageable.getPageSize() + 1);
        boolean hasNext = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? rows.subList(0, pageable.getPageSize()) : rows, pageable, hasNext);
    }

    /** One entry with the hashes that chain it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<AuditEntryDetails> entry(long id) {
        HexFormat hex = HexFormat.of();
        return jdbc.query("select " + COLUMNS + ", prev_hash, hash from audit_event where id = ?",
                (rs, n) -> new AuditEntryDetails(AuditTrail.entry(rs), hex.formatHex(rs.getBytes("prev_hash")),
                        hex.formatHex(rs.getBytes("hash"))), id).stream().findFirst();
    }

    /** Every action code in the log, alphabetically: a skip scan over the action index, not a full scan. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> knownActions() {
        return jdbc.queryForList("""
                with recursive actions(action) as (
                    (select action from audit_event order by action limit 1)
                    union all
                    select (select e.action from audit_event e where e.action > a.action order by e.action limit 1)
                    from actions a where a.action is not null)
                select action from actions where action is not null""", String.class);
    }

    /**
     * The matching entries as CSV rows, for {@code platform.CsvExport}: records the export (who,
     * which filter) in the audit trail first, then reads the log page by page (keyset on time and
     * id) while the file is written, never holding more than one page.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Iterable<List<?>> exportRows(AuditFilter filter, Function<AuditEntry, List<?>> toRow) {
        String actor = currentUser.requireUsername();
        trail.append(new AuditRecord(actor, RequestOrigin.currentAddress(), null, EXPORTED, "audit-log",
                null, "Exported the audit log as CSV (filter: %s)".formatted(filter.facts()),
                JsonMapper.shared().writeValueAsString(new TreeMap<>(filter.facts()))));
        return () -> new Iterator<>() {
            private List<AuditEntry> page = query(filter, null, 0, EXPORT_PAGE);
            private int next;

            @Override
            public boolean hasNext() {
                if (next < page.size()) {
                    return true;
                }
                if (page.size() < EXPORT_PAGE) {
                    return false;
                }
                page = query(filter, page.getLast(), 0, EXPORT_PAGE);
                next = 0;
                return !page.isEmpty();
            }

            @Override
            public List<?> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return toRow.apply(page.get(next++));
            }
        };
    }

    private List<AuditEntry> query(AuditFilter filter, AuditEntry after, long offset, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_event where true");
        List<Object> args = new ArrayList<>();
        if (filter.actor() != null) {
            sql.append(" and actor = ?");
            args.add(filter.actor());
        }
        if (filter.caseId() != null) {
            sql.append(" and case_id = ?");
            args.add(filter.caseId());
        }
        if (filter.action() != null) {
            sql.append(" and action = ?");
            args.add(filter.action());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            args.add(utc(filter.fromInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            args.add(utc(filter.toInstantExclusive()));
        }
        if (after != null) {
            sql.append(" and (occurred_at, id) < (?, ?)");
            args.add(utc(after.occurredAt()));
            args.add(after.id());
        }
        sql.append(" order by occurred_at desc, id desc limit ? offset ?");
        args.add(limit);
        args.add(offset);
        return jdbc.query(sql.toString(), (rs, n) -> AuditTrail.entry(rs), args.toArray());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
