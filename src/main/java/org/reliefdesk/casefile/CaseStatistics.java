package org.reliefdesk.casefile;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.Money;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case figures for the dashboard (decision 022): aggregate queries only, never a row per
 * case. Staff only; a counsellor gets their own caseload whatever name they pass, an
 * administrator everyone's (counsellor {@code null}) or one counsellor's.
 */
@Service
@Transactional(readOnly = true)
public class CaseStatistics {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;

    CaseStatistics(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** Opened, closed and withdrawn cases in one Beijing month; months with none are left out. */
    public record CaseMonth(YearMonth month, long opened, long closed, long withdrawn) {
    }

    /**
     * Open debts on cases still being worked (not closed or withdrawn).
     *
     * @param outstanding principal, interest and penalties still owed on them, summed in SQL
     */
    public record DebtsUnderManagement(long cases, long debts, Money outstanding) {
    }

    /** How many cases are in each stage now; every stage is present. */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    public Map<Stage, Long> casesByStage(String counsellor) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "select stage, count(*) as n from case_file c where true" + scope(counsellor, p)
                + " group by stage";
        Map<Stage, Long> out = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            out.put(s, 0L);
        }
        jdbc.query(sql, p, rs -> {
            out.put(Stage.valueOf(rs.getString("stage")), rs.getLong("n"));
        });
        return out;
    }

    /**
     * Cases opened (created) and moved to CLOSED or WITHDRAWN per Beijing month of the period,
     * both ends inclusive Beijing days; a case closed, reopened and closed again counts twice.
     * Cases are counted for their current counsellor.
     */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    public List<CaseMonth> openedAndClosed(LocalDate from, LocalDate to, String counsellor) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("start", Timestamp.from(from.atStartOfDay(BEIJING).toInstant()))
                .addValue("end", Timestamp.from(to.plusDays(1).atStartOfDay(BEIJING).toInstant()));
        String where = scope(counsellor, p);
        String sql = """
                select month, sum(opened) as opened, sum(closed) as closed, sum(withdrawn) as withdrawn from (
                    select to_char(c.created_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month,
                           1 as opened, 0 as closed, 0 as withdrawn
                    from case_file c where c.created_at >= :start and c.created_at < :end %1$s
                    union all
                    select to_char(m.moved_at at time zone 'Asia/Shanghai', 'YYYY-MM'), 0,
                           case when m.to_stage = 'CLOSED' then 1 else 0 end,
                           case when m.to_stage = 'WITHDRAWN' then 1 else 0 end
                    from case_stage_move m join case_file c on c.id = m.case_id
                    where m.to_stage in ('CLOSED', 'WITHDRAWN') and m.moved_at >= :start and m.moved_at < :end %1$s
                ) as events group by month order by month""".formatted(where);
        List<CaseMonth> out = new ArrayList<>();
        jdbc.query(sql, p, rs -> {
            out.add(new CaseMonth(YearMonth.parse(rs.getString("month")), rs.getLong("opened"),
                    rs.getLong("closed"), rs.getLong("withdrawn")));
        });
        return out;
    }

    /** Open debts on open cases now: how many, on how many cases, and what is still owed on them. */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    public DebtsUnderManagement debtsUnderManagement(String counsellor) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = """
                select count(distinct d.case_id) as cases, count(*) as debts,
                       coalesce(sum(d.outstanding_principal + d.outstanding_interest + d.outstanding_penalties), 0)
                           as outstanding
                from case_debt d join case_file c on c.id = d.case_id
                where d.resolution = 'OPEN' and c.stage not in ('CLOSED', 'WITHDRAWN')""" + scope(counsellor, p);
        return jdbc.queryForObject(sql, p, (rs, n) -> new DebtsUnderManagement(rs.getLong("cases"),
                rs.getLong("debts"), Money.of(rs.getObject("outstanding", BigDecimal.class))));
    }

    /**
     * Whose cases the caller may count, for every module's statistics (decision 022): an
     * administrator's choice ({@code null} or blank = all cases), a counsellor's own name
     * (refused when they name someone else).
     */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    public String countable(String counsellor) {
        String wanted = counsellor == null || counsellor.isBlank() ? null : counsellor.strip();
        if (currentUser.hasRole(Role.ADMIN)) {
            return wanted;
        }
        String me = currentUser.requireUsername();
        if (wanted != null && !wanted.equals(me)) {
            throw new AccessDeniedException("A counsellor sees only their own figures");
        }
        return me;
    }

    /**
     * The SQL condition on alias {@code c} (case_file) keeping a query to the cases the caller
     * may count; adds its parameter to {@code p}.
     */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    public String scope(String counsellor, MapSqlParameterSource p) {
        String wanted = countable(counsellor);
        if (wanted == null) {
            return "";
        }
        p.addValue("counsellor", wanted);
        return " and c.counsellor_username = :counsellor";
    }
}
