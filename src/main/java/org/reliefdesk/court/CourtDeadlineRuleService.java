package org.reliefdesk.court;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.shared.InvalidValueException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The court response deadlines as dated reference data (decision 018). Staff read them; only
 * administrators add versions, each audited. A version starts after the latest of its type, so
 * history is never rewritten and a legal action keeps the row it was counted from.
 */
@Service
@Transactional
public class CourtDeadlineRuleService {

    static final String VERSION_ADDED = "COURT_DEADLINE_RULE_VERSION";

    private final DeadlineRuleRepository rules;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    CourtDeadlineRuleService(DeadlineRuleRepository rules, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.rules = rules;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every version, by type, newest first. */
    @PreAuthorize("hasAnyRole('COUNSELLOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<CourtDeadlineRule> rules() {
        return rules.findAll().stream().map(DeadlineRuleRow::rule)
                .sorted(Comparator.comparing(CourtDeadlineRule::type)
                        .thenComparing(CourtDeadlineRule::effectiveFrom, Comparator.reverseOrder()))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CourtDeadlineRule newVersion(CourtDeadlineRuleDraft draft) {
        CourtDeadlineRuleDraft d = check(draft);
        CourtDeadlineRule previous = rules().stream().filter(r -> r.type() == d.type()).findFirst().orElse(null);
        if (previous != null && !d.effectiveFrom().isAfter(previous.effectiveFrom())) {
            throw new InvalidValueException("court.rule.error.notAfterLatest", previous.effectiveFrom().toString());
        }
        CourtDeadlineRule saved;
        try {
            saved = rules.saveAndFlush(new DeadlineRuleRow(d, currentUser.requireUsername(), clock.instant())).rule();
        } catch (DataIntegrityViolationException e) {
            throw new InvalidValueException("court.rule.error.notAfterLatest", d.effectiveFrom().toString());
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("type", saved.type().name());
        facts.put("from", saved.effectiveFrom().toString());
        facts.put("days", Objects.toString(saved.responseDays(), ""));
        facts.put("previous", previous == null ? "" : String.valueOf(previous.id()));
        facts.put("previousDays", previous == null ? "" : Objects.toString(previous.responseDays(), ""));
        facts.put("source", saved.source());
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), null,
                VERSION_ADDED, "court-deadline-rule", String.valueOf(saved.id()),
                "New version of the %s court deadline from %s: %s (was %s): %s".formatted(saved.type(),
                        saved.effectiveFrom(), days(saved.responseDays()),
                        previous == null ? "none" : days(previous.responseDays()), saved.source()),
                JsonMapper.shared().writeValueAsString(new TreeMap<>(facts))));
        return saved;
    }

    private static String days(Integer days) {
        return days == null ? "no deadline" : days + " days";
    }

    private static CourtDeadlineRuleDraft check(CourtDeadlineRuleDraft d) {
        LegalActionRules.require(d.type() != null, "court.rule.error.type");
        LegalActionRules.require(d.effectiveFrom() != null && d.effectiveFrom().getYear() >= 1990
                && d.effectiveFrom().getYear() <= 2100, "court.rule.error.from");
        LegalActionRules.require(d.responseDays() == null || (d.responseDays() >= 1 && d.responseDays() <= 365),
                "court.rule.error.days");
        return new CourtDeadlineRuleDraft(d.type(), d.effectiveFrom(), d.responseDays(),
                text(d.responseZh(), 60), text(d.responseEn(), 80), text(d.textZh(), 1000), text(d.textEn(), 1000),
                text(d.source(), 1000));
    }

    private static String text(String typed, int max) {
        String text = LegalActionRules.blankToNull(typed);
        LegalActionRules.require(text != null && text.length() <= max, "court.rule.error.text");
        return text;
    }
}
