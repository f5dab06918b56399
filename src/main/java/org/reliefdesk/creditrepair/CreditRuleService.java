package org.reliefdesk.creditrepair;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.shared.InvalidValueException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator's screen on the credit-repair rules (decisions 015, 021): a change is a new version
 * from a later date, never an edit, and only from tomorrow on (Beijing), so no date already shown to
 * a counsellor or client for today or earlier changes. Every version is audited.
 */
@Service
public class CreditRuleService {

    static final String VERSION_ADDED = "CREDIT_RULE_VERSION";

    private final CreditRuleRepository rules;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    CreditRuleService(CreditRuleRepository rules, JdbcTemplate jdbc, AuditTrail audit, CurrentUser currentUser,
            Clock clock) {
        this.rules = rules;
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every version of every rule, by code, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CreditRule> history() {
        return rules.findAll().stream().map(CreditRuleRow::rule)
                .sorted(Comparator.comparing(CreditRule::code).thenComparing(CreditRule::effectiveFrom,
                        Comparator.reverseOrder())).toList();
    }

    /**
     * Adds a version. Refused: no code; a date not after today (Beijing) or not after the code's latest
     * version; an amount outside 1..400; no source (at most 500 characters).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CreditRule addVersion(CreditRuleDraft draft) {
        if (draft.code() == null) {
            throw new InvalidValueException("admin.credit.error.code");
        }
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext('credit_rule'))");
        LocalDate today = LocalDate.now(clock.withZone(CreditRepairService.CHINA));
        if (draft.effectiveFrom() == null || !draft.effectiveFrom().isAfter(today)) {
            throw new InvalidValueException("admin.credit.error.date", today.toString());
        }
        CreditRule latest = history().stream().filter(r -> r.code() == draft.code()).findFirst().orElse(null);
        if (latest != null && !draft.effectiveFrom().isAfter(latest.effectiveFrom())) {
            throw new InvalidValueException("admin.credit.error.notAfter", latest.effectiveFrom().toString());
        }
        if (draft.amount() == null || draft.amount() < 1 || draft.amount() > 400) {
            throw new InvalidValueException("admin.credit.error.amount");
        }
        if (draft.source() == null || draft.source().isBlank() || draft.source().strip().length() > 500) {
            throw new InvalidValueException("admin.error.source", 500);
        }
        String source = draft.source().strip();
        String user = currentUser.requireUsername();
        Long id = jdbc.queryForObject("""
                insert into credit_rule (code, effective_from, amount, practice, source, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, draft.code().name(), draft.effectiveFrom(),
                draft.amount(), draft.practice(), source, user, OffsetDateTime.now(clock));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("code", draft.code().name());
        facts.put("from", draft.effectiveFrom().toString());
        facts.put("amount", draft.amount().toString());
        facts.put("practice", String.valueOf(draft.practice()));
        facts.put("source", source);
        facts.put("previous", latest == null ? "" : String.valueOf(latest.id()));
        audit.append(new AuditRecord(user, RequestOrigin.currentAddress(), null, VERSION_ADDED, "credit-rule",
                String.valueOf(id), "New version of credit rule %s from %s: %d%s (%s); before: %s".formatted(
                        draft.code(), draft.effectiveFrom(), draft.amount(), draft.practice() ? ", practice" : "",
                        source, latest == null ? "none" : latest.amount() + " from " + latest.effectiveFrom()),
                JsonMapper.shared().writeValueAsString(new TreeMap<>(facts))));
        return new CreditRule(id, draft.code(), draft.effectiveFrom(), draft.amount(), draft.practice(), source);
    }
}
