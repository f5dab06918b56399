package org.reliefdesk.calls;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.platform.CsvExport;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.platform.Translations;
import org.reliefdesk.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case's call log as CSV (decision 022): the list's filter and columns (the party's
 * number stays out, as in the list), every page. Audited.
 */
@Service
public class CallExport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(CallRules.CHINA);

    private final CallService calls;
    private final CaseService cases;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    CallExport(CallService calls, CaseService cases, Translations translations, CurrentUser currentUser,
            AuditTrail audit) {
        this.calls = calls;
        this.cases = cases;
        this.translations = translations;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional
    public CsvExport.Table calls(long caseId, CallFilter filter, Locale locale) {
        Map<Long, String> lenders = new HashMap<>();
        cases.get(caseId).debtsByPriority().forEach(d -> lenders.put(d.id(), d.details().lenderName()));
        List<List<?>> rows = new ArrayList<>();
        Slice<CallRecord> page = calls.calls(caseId, filter, PageRequest.of(0, 500));
        while (true) {
            for (CallRecord c : page) {
                CallDetails d = c.details();
                rows.add(List.of(WHEN.format(d.at()), t(locale, "calls.direction." + d.direction()),
                        t(locale, "calls.party." + d.party()) + (d.partyName() == null ? "" : " · " + d.partyName()),
                        d.debtId() == null ? "" : lenders.getOrDefault(d.debtId(), ""),
                        t(locale, "calls.outcome." + d.outcome()), d.summary() == null ? "" : d.summary(),
                        d.nextStep() == null ? "" : d.nextStep()
                                + (d.nextStepDue() == null ? "" : " (" + d.nextStepDue() + ")")));
            }
            if (!page.hasNext()) {
                break;
            }
            page = calls.calls(caseId, filter, page.nextPageable());
        }
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), caseId,
                "LIST_EXPORTED", "call", null, "Exported %d calls of the case as CSV".formatted(rows.size()),
                JsonMapper.shared().writeValueAsString(new TreeMap<>(Map.of("list", "calls",
                        "rows", String.valueOf(rows.size()))))));
        return new CsvExport.Table(List.of(t(locale, "calls.at"), t(locale, "calls.direction"),
                t(locale, "calls.party"), t(locale, "calls.debt"), t(locale, "calls.outcome"),
                t(locale, "calls.summary"), t(locale, "calls.nextStep")), rows);
    }

    private String t(Locale locale, String key) {
        return translations.getTranslation(key, locale);
    }
}
