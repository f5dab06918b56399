package org.reliefdesk.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The caseload as a lazy slice: one SQL query of page size + 1 rows and no count,
 * reading only the listed columns. Only the conditions a filter asks for are
 * added, so each shape of query can use its index (see V004).
 */
@Component
class CaseloadQuery {

    /** Sortable columns, by the names the grid uses. */
    private static final Map<String, String> SORTABLE = Map.of(
            "priority", "priority",
            "lastActivityAt", "last_activity_at",
            "clientName", "client_name",
            "stage", "stage");

    private final NamedParameterJdbcTemplate jdbc;

    CaseloadQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Identity numbers in the filter arrive already turned into blind indexes. */
    record Criteria(String counsellor, Stage stage, boolean urgentOnly, LocalDate overdueOnOrBefore,
            String nameContains, byte[] idNumberIndex, byte[] phoneLast4Index) {
    }

    Slice<CaseSummary> find(Criteria criteria, Pageable pageable, LocalDate today) {
        // The page's ids are found first, from the index alone where possible, and only
        // those rows are read: deep pages then skip index entries, not table rows.
        StringBuilder sql = new StringBuilder("select id from case_file where true");
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (criteria.counsellor() != null) {
            sql.append(" and counsellor_username = :counsellor");
            parameters.addValue("counsellor", criteria.counsellor());
        }
        if (criteria.stage() != null) {
            sql.append(" and stage = :stage");
            parameters.addValue("stage", criteria.stage().name());
        }
        if (criteria.urgentOnly()) {
            sql.append(" and priority > 0");
        }
        if (criteria.overdueOnOrBefore() != null) {
            sql.append(" and earliest_overdue_since <= :overdue");
            parameters.addValue("overdue", criteria.overdueOnOrBefore());
        }
        if (criteria.nameContains() != null) {
            sql.append(" and rd_name_grams(client_name) @> rd_name_grams(:name)")
                    .append(" and client_name like :pattern escape '\\'");
            parameters.addValue("name", criteria.nameContains());
            parameters.addValue("pattern", "%" + escapeLike(criteria.nameContains()) + "%");
        }
        if (criteria.idNumberIndex() != null) {
            sql.append(" and id_number_index = :idIndex");
            parameters.addValue("idIndex", criteria.idNumberIndex());
        }
        if (criteria.phoneLast4Index() != null) {
            sql.append(" and phone_last4_index = :last4");
            parameters.addValue("last4", criteria.phoneLast4Index());
        }
        String order = order(pageable.getSort());
        sql.append(" order by ").append(order).append(" limit :limit offset :offset");
        String page = """
                select id, client_name, stage, counsellor_username, urgent_court, urgent_collection, priority,
                       earliest_overdue_since, last_activity_at
                from case_file join (%s) as page using (id)
                order by %s""".formatted(sql, order);
        parameters.addValue("limit", pageable.getPageSize() + 1);
        parameters.addValue("offset", pageable.getOffset());

        List<CaseSummary> rows = jdbc.query(page, parameters, (rs, n) -> summary(rs, today));
        boolean hasNext = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? rows.subList(0, pageable.getPageSize()) : rows, pageable, hasNext);
    }

    private static CaseSummary summary(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate overdueSince = rs.getObject("earliest_overdue_since", LocalDate.class);
        Timestamp lastActivity = rs.getTimestamp("last_activity_at");
        return new CaseSummary(rs.getLong("id"), rs.getString("client_name"), Stage.valueOf(rs.getString("stage")),
                rs.getString("counsellor_username"), rs.getBoolean("urgent_court"), rs.getBoolean("urgent_collection"),
                rs.getInt("priority"), overdueSince == null ? null : ChronoUnit.DAYS.between(overdueSince, today),
                lastActivity.toInstant());
    }

    /** Only whitelisted columns reach the SQL; the default is most urgent, then most recent. */
    private static String order(Sort sort) {
        List<String> orders = new ArrayList<>();
        for (Sort.Order requested : sort) {
            String column = SORTABLE.get(requested.getProperty());
            if (column != null) {
                orders.add(column + (requested.isAscending() ? " asc" : " desc"));
            }
        }
        if (orders.isEmpty()) {
            orders.add("priority desc");
            orders.add("last_activity_at desc");
        }
        orders.add("id desc");
        return String.join(", ", orders);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
