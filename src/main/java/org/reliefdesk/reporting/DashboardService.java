package org.reliefdesk.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.reliefdesk.agreement.AgreementStatistics;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.casefile.CaseStatistics;
import org.reliefdesk.complaint.ComplaintReports;
import org.reliefdesk.platform.CsvExport;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.platform.Translations;
import org.reliefdesk.security.AccountService;
import org.reliefdesk.security.AccountSummary;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.InvalidValueException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard (decision 022): each figure from the module that owns the data, through its
 * statistics method. Staff only; a counsellor sees their own caseload and is refused another
 * counsellor's; an administrator sees everyone's or one counsellor's.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final CaseStatistics cases;
    private final AgreementStatistics agreements;
    private final ComplaintReports complaints;
    private final ObjectProvider<DeadlineOutcomes> deadlines;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final AuditTrail audit;
    private final Clock clock;

    DashboardService(CaseStatistics cases, AgreementStatistics agreements, ComplaintReports complaints,
            ObjectProvider<DeadlineOutcomes> deadlines, AccountService accounts, CurrentUser currentUser,
            Translations translations, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.agreements = agreements;
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.translations = translations;
        this.audit = audit;
        this.clock = clock;
    }

    /** From the first day of the month eleven months back to today, Beijing time: twelve calendar months. */
    public ReportPeriod defaultPeriod() {
        LocalDate today = LocalDate.now(clock.withZone(ConductReportService.BEIJING));
        return new ReportPeriod(today.withDayOfMonth(1).minusMonths(11), today);
    }

    /** The counsellors the caller may choose: all active ones for an administrator, themselves otherwise. */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    public List<String> counsellors() {
        if (currentUser.hasRole(Role.ADMIN)) {
            return accounts.activeCounsellors().stream().map(AccountSummary::username).toList();
        }
        return List.of(currentUser.requireUsername());
    }

    /**
     * @param counsellor whose cases to count; {@code null} or blank: all cases for an
     *        administrator, the caller's own for a counsellor
     */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    public Dashboard dashboard(LocalDate from, LocalDate to, String counsellor) {
        checkPeriod(from, to);
        String scope = scope(counsellor);
        DeadlineOutcomes engine = deadlines.getIfAvailable();
        return new Dashboard(from, to, scope, cases.casesByStage(scope),
                Months.fill(from, to, cases.openedAndClosed(from, to, scope)), cases.debtsUnderManagement(scope),
                agreements.figures(from, to, scope), complaints.outcomes(from, to, scope),
                engine == null ? null : engine.outcomes(from, to, scope));
    }

    /** One of the dashboard's tables as CSV, in the reader's language; the export is audited. */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    @Transactional
    public CsvExport.Table export(DashboardTable table, LocalDate from, LocalDate to, String counsellor,
                                  Locale locale) {
        Dashboard d = dashboard(from, to, counsellor);
        Map<String, String> facts = new TreeMap<>(Map.of("list", "dashboard." + table.slug(),
                "from", from.toString(), "to", to.toString(),
                "counsellor", d.counsellor() == null ? "" : d.counsellor()));
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), null,
                "LIST_EXPORTED", "dashboard", table.slug(), "Exported the dashboard table %s for %s to %s (%s) as CSV"
                        .formatted(table.slug(), from, to, d.counsellor() == null ? "all counsellors"
                                : d.counsellor()), JsonMapper.shared().writeValueAsString(facts)));
        return DashboardTables.of(d, table, key -> translations.getTranslation(key, locale));
    }

    private String scope(String counsellor) {
        return cases.countable(counsellor);
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidValueException("reporting.error.periodMissing");
        }
        if (from.isAfter(to)) {
            throw new InvalidValueException("reporting.error.periodReversed");
        }
        if (from.plusYears(ConductReportService.MAX_YEARS).isBefore(to)) {
            throw new InvalidValueException("reporting.error.periodTooLong", ConductReportService.MAX_YEARS);
        }
    }
}
