package org.reliefdesk.deadlines;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code deadline} table: derived rows, written only by the engine's refresh. */
@Component
class DeadlineStore {

    private static final TypeReference<List<Object>> PARAMS = new TypeReference<>() {
    };

    /**
     * Columns of a row as read, with the case's counsellor and client's name from a read-only join
     * with {@code case_file} (decision 017): never a copy that a reassignment would have to follow.
     */
    static final String COLUMNS = """
            d.id, d.kind, d.case_id, d.reference, d.due_on, d.done_on, d.title_key, d.title_params::text as params,
            d.tab_key, d.urgent, d.rule, c.counsellor_username as counsellor, c.client_name""";

    private final JdbcTemplate jdbc;

    DeadlineStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored row. */
    record Row(long id, Deadline deadline, String counsellor, String clientName) {
    }

    /**
     * Makes the rows of {@code kinds} on {@code caseIds} exactly {@code current}: inserts new ones,
     * updates changed ones (keeping {@code reminded_at}) and deletes those no longer there.
     */
    void replace(Collection<Long> caseIds, Set<DeadlineKind> kinds, List<Deadline> current, Instant now) {
        if (caseIds.isEmpty() || kinds.isEmpty()) {
            return;
        }
        Set<String> keep = new HashSet<>();
        List<Object[]> rows = new ArrayList<>(current.size());
        for (Deadline d : current) {
            keep.add(key(d.kind().name(), d.caseId(), d.reference()));
            rows.add(new Object[] {d.kind().name(), d.caseId(), truncate(d.reference(), 100), Date.valueOf(d.dueOn()),
                d.doneOn() == null ? null : Date.valueOf(d.doneOn()), d.titleKey(), json(d.titleParams()),
                d.tabKey(), d.urgent(), truncate(d.rule(), 500), Timestamp.from(now)});
        }
        if (!rows.isEmpty()) {
            // Only rows that changed are rewritten: an unchanged refresh leaves the table (and its bloat) alone.
            jdbc.batchUpdate("""
                    insert into deadline (kind, case_id, reference, due_on, done_on, title_key, title_params, tab_key,
                                          urgent, rule, refreshed_at)
                    values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
                    on conflict (kind, case_id, reference) do update set
                        due_on = excluded.due_on, done_on = excluded.done_on, title_key = excluded.title_key,
                        title_params = excluded.title_params, tab_key = excluded.tab_key, urgent = excluded.urgent,
                        rule = excluded.rule, refreshed_at = excluded.refreshed_at,
                        reminded_at = case when deadline.due_on = excluded.due_on then deadline.reminded_at end
                    where (deadline.due_on, deadline.done_on, deadline.title_key, deadline.title_params,
                           deadline.tab_key, deadline.urgent, deadline.rule)
                          is distinct from (excluded.due_on, excluded.done_on, excluded.title_key,
                           excluded.title_params, excluded.tab_key, excluded.urgent, excluded.rule)""",
                    rows);
        }
        List<Object[]> gone = new ArrayList<>();
        jdbc.query("select id, kind, case_id, reference from deadline where case_id = any(?) and kind = any(?)",
                rs -> {
                    if (!keep.contains(key(rs.getString(2), rs.getLong(3), rs.getString(4)))) {
                        gone.add(new Object[] {rs.getLong(1)});
                    }
                }, longs(caseIds), kinds.stream().map(Enum::name).toArray(String[]::new));
        if (!gone.isEmpty()) {
            jdbc.batchUpdate("delete from deadline where id = ?", gone);
        }
    }

    /** Deletes the rows of cases that no longer exist or whose case has ended (see decision 017). */
    void deleteOpen(Collection<Long> caseIds) {
        if (!caseIds.isEmpty()) {
            jdbc.update("delete from deadline where case_id = any(?) and done_on is null", (Object) longs(caseIds));
        }
    }

    static Row row(ResultSet rs) throws SQLException {
        Date done = rs.getDate("done_on");
        Deadline d = new Deadline(DeadlineKind.valueOf(rs.getString("kind")), rs.getLong("case_id"),
                rs.getString("reference"), rs.getDate("due_on").toLocalDate(), done == null ? null : done.toLocalDate(),
                rs.getString("title_key"), JsonMapper.shared().readValue(rs.getString("params"), PARAMS),
                rs.getString("tab_key"), rs.getBoolean("urgent"), rs.getString("rule"));
        return new Row(rs.getLong("id"), d, rs.getString("counsellor"), rs.getString("client_name"));
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    private static Long[] longs(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    /** Dates as ISO text, numbers as numbers, anything else as its text: what MessageFormat shows well. */
    private static String json(List<Object> params) {
        List<Object> plain = new ArrayList<>(params.size());
        for (Object p : params) {
            plain.add(p == null || p instanceof Number || p instanceof Boolean ? p
                    : p instanceof TemporalAccessor ? p.toString() : String.valueOf(p));
        }
        return JsonMapper.shared().writeValueAsString(plain);
    }

    private static String key(String kind, long caseId, String reference) {
        return kind + "\u0000" + caseId + "\u0000" + truncate(reference, 100);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
