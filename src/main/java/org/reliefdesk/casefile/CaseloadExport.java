package org.reliefdesk.casefile;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.platform.CsvExport;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.platform.Translations;
import org.reliefdesk.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The caseload as CSV (decision 022): the same filter, access rule and columns as the
 * caseload list, every page, read page by page while the file is written. Audited.
 */
@Service
public class CaseloadExport {

    static final int PAGE = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final CaseService cases;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    CaseloadExport(CaseService cases, Translations translations, CurrentUser currentUser, AuditTrail audit) {
        this.cases = cases;
        this.translations = translations;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Records the export and returns the table; its rows are read lazily through
     * {@link CaseService#caseload}, which applies the caller's access on every page.
     */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    @Transactional
    public CsvExport.Table caseload(CaseloadFilter filter, Locale locale) {
        CaseloadFilter f = filter == null ? CaseloadFilter.none() : filter;
        Map<String, String> facts = new TreeMap<>(Map.of("list", "caseload",
                "stage", f.stage() == null ? "" : f.stage().name(),
                "counsellor", f.counsellor() == null ? "" : f.counsellor(),
                "urgentOnly", String.valueOf(f.urgentOnly()),
                "search", f.search() == null || f.search().isBlank() ? "" : "yes"));
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), null,
                "LIST_EXPORTED", "caseload", null, "Exported the caseload as CSV (stage %s, counsellor %s)"
                        .formatted(f.stage() == null ? "any" : f.stage(),
                                f.counsellor() == null || f.counsellor().isBlank() ? "any" : f.counsellor()),
                JsonMapper.shared().writeValueAsString(facts)));
        List<String> header = List.of(t(locale, "caseload.client"), t(locale, "caseload.stage"),
                t(locale, "caseload.urgentCourt"), t(locale, "caseload.urgentCollection"),
                t(locale, "caseload.daysOverdue"), t(locale, "caseload.counsellor"),
                t(locale, "caseload.lastActivity"));
        Iterable<List<?>> rows = () -> new Pages(f, locale);
        return new CsvExport.Table(header, rows);
    }

    private List<?> row(CaseSummary c, Locale locale) {
        return List.of(c.clientName(), t(locale, "stage." + c.stage()), yesNo(c.urgentCourt(), locale),
                yesNo(c.urgentCollection(), locale), c.daysOverdue() == null ? "" : c.daysOverdue(),
                c.counsellorUsername() == null ? t(locale, "caseload.unassigned") : c.counsellorUsername(),
                WHEN.format(c.lastActivityAt()));
    }

    private String yesNo(boolean value, Locale locale) {
        return value ? t(locale, "reporting.yes") : "";
    }

    private String t(Locale locale, String key) {
        return translations.getTranslation(key, locale);
    }

    /** Reads the next page only when the previous one is written. */
    private final class Pages implements Iterator<List<?>> {

        private final CaseloadFilter filter;
        private final Locale locale;
        private Pageable next = PageRequest.of(0, PAGE);
        private Iterator<CaseSummary> current = List.<CaseSummary>of().iterator();

        Pages(CaseloadFilter filter, Locale locale) {
            this.filter = filter;
            this.locale = locale;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && next != null) {
                Slice<CaseSummary> page = cases.caseload(filter, next);
                current = page.getContent().iterator();
                next = page.hasNext() ? page.nextPageable() : null;
            }
            return current.hasNext();
        }

        @Override
        public List<?> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return row(current.next(), locale);
        }
    }
}
