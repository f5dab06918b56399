package org.reliefdesk.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.platform.CsvExport;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.platform.Translations;
import org.reliefdesk.casefile.CaseStatistics;
import org.reliefdesk.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Complaint figures for the dashboard and a case's complaint list as CSV (decision 022). */
@Service
@Transactional(readOnly = true)
public class ComplaintReports {

    private final NamedParameterJdbcTemplate jdbc;
    private final ComplaintService complaints;
    private final Translations translations;
    private final CaseStatistics caseStatistics;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ComplaintReports(NamedParameterJdbcTemplate jdbc, ComplaintService complaints, CaseStatistics caseStatistics,
            Translations translations, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.caseStatistics = caseStatistics;
        this.translations = translations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Complaints filed in a status today.
     *
     * @param overdue of them, those still awaiting an answer whose due date has passed
     */
    public record OutcomeCount(ComplaintStatus status, long complaints, long overdue) {
    }

    /**
     * Complaints filed in the period (Beijing dates, both ends inclusive) by where they stand
     * today, one aggregate query. Staff only; a counsellor counts their own cases only.
     */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    public List<OutcomeCount> outcomes(LocalDate from, LocalDate to, String counsellor) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("from", from).addValue("to", to)
                .addValue("today", LocalDate.now(clock.withZone(ComplaintService.CHINA)));
        String sql = """
                select x.status, count(*) as n,
                       sum(case when x.status in ('FILED', 'ACKNOWLEDGED') and x.due_on < :today then 1 else 0 end)
                           as overdue
                from complaint x join case_file c on c.id = x.case_id
                where x.status <> 'DRAFT' and x.filed_on between :from and :to""" + scope(counsellor, p)
                + " group by x.status";
        List<OutcomeCount> out = new ArrayList<>();
        jdbc.query(sql, p, rs -> {
            out.add(new OutcomeCount(ComplaintStatus.valueOf(rs.getString("status")), rs.getLong("n"),
                    rs.getLong("overdue")));
        });
        out.sort(java.util.Comparator.comparing(OutcomeCount::status));
        return out;
    }

    /** The case's complaints with the list's columns, drafts included as listed. Audited. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional
    public CsvExport.Table export(long caseId, Locale locale) {
        List<List<?>> rows = new ArrayList<>();
        Slice<ComplaintView> page = complaints.complaints(caseId, PageRequest.of(0, 200));
        while (true) {
            for (ComplaintView c : page) {
                rows.add(List.of(c.respondentName() + (c.agency() ? " · " + t(locale, "complaint.respondent.agency")
                                : ""), t(locale, "complaint.channel." + c.channel()),
                        t(locale, "complaint.status." + c.status()), c.filedOn() == null ? "" : c.filedOn().toString(),
                        c.dueOn() == null ? "" : c.dueOn().toString(), c.overdue() ? t(locale, "complaint.overdue") : ""));
            }
            if (!page.hasNext()) {
                break;
            }
            page = complaints.complaints(caseId, page.nextPageable());
        }
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), caseId,
                "LIST_EXPORTED", "complaint", null, "Exported %d complaints of the case as CSV".formatted(rows.size()),
                JsonMapper.shared().writeValueAsString(new TreeMap<>(Map.of("list", "complaints",
                        "rows", String.valueOf(rows.size()))))));
        return new CsvExport.Table(List.of(t(locale, "complaint.respondent"), t(locale, "complaint.channel"),
                t(locale, "complaint.status"), t(locale, "complaint.filedOn"), t(locale, "complaint.dueOn"),
                t(locale, "complaint.overdue")), rows);
    }

    private String t(Locale locale, String key) {
        return translations.getTranslation(key, locale);
    }

    private String scope(String counsellor, MapSqlParameterSource p) {
        return caseStatistics.scope(counsellor, p);
    }
}
