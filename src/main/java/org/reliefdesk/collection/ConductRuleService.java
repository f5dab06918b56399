package org.reliefdesk.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
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
 * The conduct rules of collection as dated data (decision 010). Staff read them; only
 * administrators add versions, and every version is audited. Rows are never changed.
 */
@Service
@Transactional
public class ConductRuleService {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private final RuleRepository rules;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ConductRuleService(RuleRepository rules, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.rules = rules;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rules in force on a Beijing date, by code. */
    @PreAuthorize("hasAnyRole('COUNSELLOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<ConductRule> inForce(LocalDate day) {
        return book().inForce(day);
    }

    /** Every version of a rule, newest first. */
    @PreAuthorize("hasAnyRole('COUNSELLOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<ConductRule> history(String code) {
        return book().history(code);
    }

    /**
     * One line per code for the administrators' list: the version in force on the day, or,
     * for a code with none in force (retired, or only from a later date), its latest version.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ConductRule> overview(LocalDate day) {
        RuleBook book = book();
        return book.codes().stream().map(code -> book.inForce(code, day)
                .orElseGet(() -> book.history(code).getFirst())).toList();
    }

    /**
     * Adds a version of a rule (or a new rule), in force from its date until a later version.
     * A version's kind is its code's kind; two versions of a code cannot share a date.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ConductRule newVersion(RuleDraft draft) {
        RuleDraft d = check(draft);
        List<ConductRule> earlier = book().history(d.code());
        if (!earlier.isEmpty() && earlier.getFirst().kind() != d.kind()) {
            throw new InvalidValueException("collection.rule.error.kind");
        }
        if (rules.existsByCodeAndEffectiveFrom(d.code(), d.effectiveFrom())) {
            throw new InvalidValueException("collection.rule.error.sameDate", d.effectiveFrom().toString());
        }
        RuleRow row;
        try {
            row = rules.saveAndFlush(new RuleRow(d, currentUser.requireUsername(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new InvalidValueException("collection.rule.error.sameDate", d.effectiveFrom().toString());
        }
        ConductRule saved = row.rule();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("code", saved.code());
        facts.put("from", saved.effectiveFrom().toString());
        facts.put("retired", String.valueOf(saved.retired()));
        facts.put("kind", saved.kind().name());
        facts.put("source", saved.source());
        facts.put("previous", earlier.isEmpty() ? "" : String.valueOf(earlier.getFirst().id()));
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), null,
                "COLLECTION_RULE_VERSION", "collection-rule", String.valueOf(saved.id()),
                "%s collection rule %s from %s (%s): %s".formatted(saved.retired() ? "Retired" : "New version of",
                        saved.code(), saved.effectiveFrom(), describe(saved), saved.source()),
                JsonMapper.shared().writeValueAsString(new TreeMap<>(facts))));
        return saved;
    }

    RuleBook book() {
        return new RuleBook(rules.findAll().stream().map(RuleRow::rule).toList());
    }

    private static String describe(ConductRule r) {
        return switch (r.kind()) {
            case NIGHT -> "night " + r.windowStart() + "-" + r.windowEnd();
            case UNANSWERED_ATTEMPTS, AUTOMATED_CONNECTED -> r.kind() + " max " + r.maxPerDay();
            case THIRD_PARTY -> "third parties " + EnumSets.join(r.reached());
            case CATEGORY -> "categories " + EnumSets.join(r.categories());
        };
    }

    private static RuleDraft check(RuleDraft d) {
        String code = IncidentRules.blankToNull(d.code());
        require(code != null && CODE.matcher(code).matches(), "collection.rule.error.code");
        require(d.effectiveFrom() != null, "collection.rule.error.from");
        require(d.effectiveFrom().getYear() >= 2000 && d.effectiveFrom().getYear() <= 2100,
                "collection.rule.error.from");
        require(d.kind() != null, "collection.rule.error.kindMissing");
        String titleZh = text(d.titleZh(), 60, "collection.rule.error.title");
        String titleEn = text(d.titleEn(), 80, "collection.rule.error.title");
        String summaryZh = text(d.summaryZh(), 1000, "collection.rule.error.summary");
        String summaryEn = text(d.summaryEn(), 1000, "collection.rule.error.summary");
        String source = text(d.source(), 1000, "collection.rule.error.source");
        if (!d.retired()) {
            switch (d.kind()) {
                case NIGHT -> require(d.windowStart() != null && d.windowEnd() != null
                        && !d.windowStart().equals(d.windowEnd()), "collection.rule.error.window");
                case UNANSWERED_ATTEMPTS, AUTOMATED_CONNECTED -> require(d.maxPerDay() != null
                        && d.maxPerDay() >= 0 && d.maxPerDay() <= 1000, "collection.rule.error.max");
                case THIRD_PARTY -> require(d.reached() != null && !d.reached().isEmpty()
                        && !d.reached().contains(Reached.CLIENT), "collection.rule.error.reached");
                case CATEGORY -> require(d.categories() != null && !d.categories().isEmpty(),
                        "collection.rule.error.categories");
            }
        }
        boolean night = d.kind() == RuleKind.NIGHT;
        boolean counted = d.kind() == RuleKind.UNANSWERED_ATTEMPTS || d.kind() == RuleKind.AUTOMATED_CONNECTED;
        // Only the parameters of its kind are kept, so a row says exactly what it checks.
        return new RuleDraft(code, d.effectiveFrom(), d.retired(), d.kind(), night ? d.windowStart() : null,
                night ? d.windowEnd() : null, counted ? d.maxPerDay() : null,
                d.kind() == RuleKind.THIRD_PARTY ? d.reached() : null,
                d.kind() == RuleKind.CATEGORY ? d.categories() : null, titleZh, titleEn, summaryZh, summaryEn,
                source);
    }

    private static String text(String typed, int max, String key) {
        String text = IncidentRules.blankToNull(typed);
        require(text != null && text.length() <= max, key);
        return text;
    }

    private static void require(boolean condition, String key) {
        if (!condition) {
            throw new InvalidValueException(key);
        }
    }
}
