package org.reliefdesk.collection;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.platform.CsvExport;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.platform.Translations;
import org.reliefdesk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** A case's collection incidents as CSV with the list's columns, newest first (decision 022). Audited. */
@Service
public class IncidentExport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final IncidentService incidents;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    IncidentExport(IncidentService incidents, Translations translations, CurrentUser currentUser, AuditTrail audit) {
        this.incidents = incidents;
        this.translations = translations;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional
    public CsvExport.Table incidents(long caseId, Locale locale) {
        Locale lang = Locale.forLanguageTag(t(locale, "collection.lang"));
        String separator = t(locale, "collection.listSeparator");
        List<List<?>> rows = new ArrayList<>();
        for (IncidentView i : incidents.allIncidents(caseId)) {
            IncidentDetails d = i.details();
            rows.add(List.of(WHEN.format(d.at()), t(locale, "collection.channel." + d.channel()),
                    d.collectorName() + (d.agency() ? " (" + t(locale, "collection.agency.short") + ")" : "")
                            + (d.collectorNumber() == null ? "" : " · " + d.collectorNumber()),
                    t(locale, "collection.reached." + d.reached()),
                    d.categories().stream().sorted().map(c -> t(locale, "collection.category." + c))
                            .collect(Collectors.joining(separator)),
                    i.flags().stream().map(r -> r.title(lang)).collect(Collectors.joining(separator))));
        }
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), caseId,
                "LIST_EXPORTED", "incident", null, "Exported %d incidents of the case as CSV".formatted(rows.size()),
                JsonMapper.shared().writeValueAsString(new TreeMap<>(Map.of("list", "incidents",
                        "rows", String.valueOf(rows.size()))))));
        return new CsvExport.Table(List.of(t(locale, "collection.when"), t(locale, "collection.channel"),
                t(locale, "collection.collector"), t(locale, "collection.reached"), t(locale, "collection.categories"),
                t(locale, "collection.flags")), rows);
    }

    private String t(Locale locale, String key) {
        return translations.getTranslation(key, locale);
    }
}
