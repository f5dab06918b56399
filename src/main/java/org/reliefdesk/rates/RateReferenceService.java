package org.reliefdesk.rates;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.platform.ClockConfiguration;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.shared.InvalidValueException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator's screens on the LPR history and the legal lines (decision 021). A change never
 * rewrites history: a new LPR publication is a new row after the last; a new version of a line is
 * a new row from a date, and the version before it ends the day before, so a contract made earlier
 * is still checked against the line of its time. Every change is audited.
 */
@Service
public class RateReferenceService {

    static final String LPR_ADDED = "RATES_LPR_ADDED";
    static final String LINE_VERSION = "RATES_LINE_VERSION";
    /** A rate in percent above this is a typing error (the LPR has never been above 5). */
    private static final BigDecimal MAX_LPR = new BigDecimal("20");
    /** One publication never moved the LPR by a whole point; a bigger step is a typing error. */
    private static final BigDecimal MAX_STEP = BigDecimal.ONE;
    private static final BigDecimal MAX_PERCENT = new BigDecimal("100");
    private static final BigDecimal MAX_MULTIPLE = BigDecimal.TEN;
    private static final long LOCK = 0x5241_5445_5245_4600L;

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    RateReferenceService(JdbcTemplate jdbc, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every LPR publication, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<LprFixing> lprHistory() {
        return jdbc.query("select effective_from, one_year, five_year, source, created_by, created_at from rates_lpr"
                + " order by effective_from desc", (rs, n) -> new LprFixing(rs.getObject(1, LocalDate.class),
                rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class).toInstant()));
    }

    /**
     * Adds a publication. Refused: a date not after the last publication or after today (Beijing);
     * a rate not above 0, above 20 %, with more than 3 decimals, or more than a point from the last;
     * both rates unchanged (an unchanged fixing adds no row); no source.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public LprFixing addLpr(LprDraft draft) {
        lock();
        if (draft.effectiveFrom() == null) {
            throw new InvalidValueException("admin.lpr.error.date");
        }
        BigDecimal oneYear = rate(draft.oneYear());
        BigDecimal fiveYear = rate(draft.fiveYear());
        String source = text(draft.source(), 300, "admin.error.source");
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.CHINA));
        if (draft.effectiveFrom().isAfter(today)) {
            throw new InvalidValueException("admin.lpr.error.future", today.toString());
        }
        List<LprFixing> history = lprHistory();
        if (!history.isEmpty()) {
            LprFixing last = history.getFirst();
            if (!draft.effectiveFrom().isAfter(last.effectiveFrom())) {
                throw new InvalidValueException("admin.lpr.error.notAfter", last.effectiveFrom().toString());
            }
            if (last.oneYear().compareTo(oneYear) == 0 && last.fiveYear().compareTo(fiveYear) == 0) {
                throw new InvalidValueException("admin.lpr.error.unchanged");
            }
            if (last.oneYear().subtract(oneYear).abs().compareTo(MAX_STEP) > 0
                    || last.fiveYear().subtract(fiveYear).abs().compareTo(MAX_STEP) > 0) {
                throw new InvalidValueException("admin.lpr.error.step", last.oneYear().toPlainString(),
                        last.fiveYear().toPlainString());
            }
        }
        String user = currentUser.requireUsername();
        jdbc.update("insert into rates_lpr (effective_from, one_year, five_year, source, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?)", draft.effectiveFrom(), oneYear, fiveYear, source, user,
                OffsetDateTime.now(clock));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("from", draft.effectiveFrom().toString());
        facts.put("oneYear", oneYear.toPlainString());
        facts.put("fiveYear", fiveYear.toPlainString());
        facts.put("source", source);
        facts.put("previousFrom", history.isEmpty() ? "" : history.getFirst().effectiveFrom().toString());
        record(LPR_ADDED, "lpr", draft.effectiveFrom().toString(), "LPR from %s: 1-year %s%%, 5-year %s%% (%s)"
                .formatted(draft.effectiveFrom(), oneYear.toPlainString(), fiveYear.toPlainString(), source), facts);
        return lprHistory().getFirst();
    }

    /** Every stored period of every legal line, by code, newest period first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<LegalLineVersion> lines() {
        return jdbc.query("select code, consequence, fixed_percent, lpr_multiple, effective_from, effective_to,"
                + " lender_types, rule_zh, rule_en, created_by, created_at from rates_line"
                + " order by code, effective_from desc", (rs, n) -> line(rs));
    }

    /**
     * A new version of a line from a date. Refused: an unknown code; a date not after the line's
     * latest version; a fixed line without a rate in (0, 100], an LPR line without a multiple in
     * (0, 10]; no rule text. The latest version, if still open on that date, ends the day before.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public LegalLineVersion addLineVersion(LineDraft draft) {
        lock();
        List<LegalLineVersion> versions = lines().stream().filter(v -> v.code().equals(draft.code())).toList();
        if (versions.isEmpty()) {
            throw new InvalidValueException("admin.lines.error.code");
        }
        LegalLineVersion latest = versions.getFirst();
        if (draft.effectiveFrom() == null) {
            throw new InvalidValueException("admin.lines.error.date");
        }
        if (!draft.effectiveFrom().isAfter(latest.effectiveFrom())) {
            throw new InvalidValueException("admin.lines.error.notAfter", latest.effectiveFrom().toString());
        }
        BigDecimal fixed = null;
        BigDecimal multiple = null;
        if (latest.consequence() != LegalLine.Consequence.NOTE) {
            if (latest.lprMultiple() != null) {
                multiple = bounded(draft.lprMultiple(), MAX_MULTIPLE, 2, "admin.lines.error.multiple");
            } else {
                fixed = bounded(draft.fixedPercent(), MAX_PERCENT, 3, "admin.lines.error.percent");
            }
        }
        String ruleZh = text(draft.ruleZh(), 500, "admin.lines.error.rule");
        String ruleEn = text(draft.ruleEn(), 500, "admin.lines.error.rule");
        LocalDate end = draft.effectiveFrom().minusDays(1);
        boolean endsLatest = latest.effectiveTo() == null || !latest.effectiveTo().isBefore(draft.effectiveFrom());
        if (endsLatest) {
            jdbc.update("update rates_line set effective_to = ? where code = ? and effective_from = ?", end,
                    latest.code(), latest.effectiveFrom());
        }
        String user = currentUser.requireUsername();
        jdbc.update("""
                insert into rates_line (code, consequence, fixed_percent, lpr_multiple, effective_from, effective_to,
                                        lender_types, rule_zh, rule_en, created_by, created_at)
                values (?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?)""", latest.code(), latest.consequence().name(), fixed,
                multiple, draft.effectiveFrom(), latest.lenderTypes().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(",")), ruleZh, ruleEn, user, OffsetDateTime.now(clock));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("code", latest.code());
        facts.put("from", draft.effectiveFrom().toString());
        facts.put("fixedPercent", fixed == null ? "" : fixed.toPlainString());
        facts.put("lprMultiple", multiple == null ? "" : multiple.toPlainString());
        facts.put("previousFrom", latest.effectiveFrom().toString());
        facts.put("previousEndsOn", endsLatest ? end.toString() : String.valueOf(latest.effectiveTo()));
        record(LINE_VERSION, "legal-line", latest.code(), "New version of legal line %s from %s (%s); the version from %s %s"
                .formatted(latest.code(), draft.effectiveFrom(), fixed != null ? fixed.toPlainString() + "%"
                        : multiple != null ? multiple.toPlainString() + "x LPR" : "note", latest.effectiveFrom(),
                        endsLatest ? "now ends on " + end : "had ended on " + latest.effectiveTo()), facts);
        return lines().stream().filter(v -> v.code().equals(latest.code())).findFirst().orElseThrow();
    }

    private void record(String action, String targetType, String targetId, String summary, Map<String, String> facts) {
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), null, action,
                targetType, targetId, summary, JsonMapper.shared().writeValueAsString(new TreeMap<>(facts))));
    }

    private void lock() {
        jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK);
    }

    private static BigDecimal rate(BigDecimal value) {
        if (value == null || value.signum() <= 0 || value.compareTo(MAX_LPR) > 0
                || value.stripTrailingZeros().scale() > 3) {
            throw new InvalidValueException("admin.lpr.error.rate");
        }
        return value.setScale(3);
    }

    private static BigDecimal bounded(BigDecimal value, BigDecimal max, int scale, String key) {
        if (value == null || value.signum() <= 0 || value.compareTo(max) > 0
                || value.stripTrailingZeros().scale() > scale) {
            throw new InvalidValueException(key);
        }
        return value.setScale(scale);
    }

    private static String text(String value, int max, String key) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new InvalidValueException(key, max);
        }
        return value.strip();
    }

    private static LegalLineVersion line(ResultSet rs) throws SQLException {
        EnumSet<LenderType> types = Arrays.stream(rs.getString("lender_types").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(LenderType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LenderType.class)));
        return new LegalLineVersion(rs.getString("code"), LegalLine.Consequence.valueOf(rs.getString("consequence")),
                rs.getBigDecimal("fixed_percent"), rs.getBigDecimal("lpr_multiple"),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class), types,
                rs.getString("rule_zh"), rs.getString("rule_en"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
