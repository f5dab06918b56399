package org.reliefdesk.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reliefdesk.casefile.LenderType;

/** Looks up the LPR and the legal lines in force on a date for a lender type, from the reference rows. */
final class CapTable {

    record LprRow(LocalDate effectiveFrom, BigDecimal oneYear, BigDecimal fiveYear) {
    }

    record LineRow(String code, LegalLine.Consequence consequence, BigDecimal fixedPercent, BigDecimal lprMultiple,
            LocalDate effectiveFrom, LocalDate effectiveTo, Set<LenderType> lenderTypes, String ruleZh,
            String ruleEn) {
    }

    private final List<LprRow> lpr;
    private final List<LineRow> lines;

    CapTable(List<LprRow> lpr, List<LineRow> lines) {
        this.lpr = lpr.stream().sorted(Comparator.comparing(LprRow::effectiveFrom)).toList();
        this.lines = List.copyOf(lines);
    }

    /** The 1-year LPR in force on the date: the latest change on or before it. */
    Optional<BigDecimal> oneYearLpr(LocalDate date) {
        LprRow found = null;
        for (LprRow row : lpr) {
            if (row.effectiveFrom().isAfter(date)) {
                break;
            }
            found = row;
        }
        return Optional.ofNullable(found).map(LprRow::oneYear);
    }

    /** Lines lowest first, notes last; none without a contract date. */
    List<LegalLine> linesFor(LenderType type, LocalDate contractDate) {
        if (contractDate == null || type == null) {
            return List.of();
        }
        List<LegalLine> result = new ArrayList<>();
        for (LineRow row : lines) {
            if (!row.lenderTypes().contains(type) || contractDate.isBefore(row.effectiveFrom())
                    || (row.effectiveTo() != null && contractDate.isAfter(row.effectiveTo()))) {
                continue;
            }
            BigDecimal rate = row.fixedPercent();
            BigDecimal lprPercent = null;
            if (row.lprMultiple() != null) {
                Optional<BigDecimal> lprOnDate = oneYearLpr(contractDate);
                if (lprOnDate.isEmpty()) {
                    continue;
                }
                lprPercent = lprOnDate.get();
                rate = lprPercent.multiply(row.lprMultiple()).setScale(3, RoundingMode.HALF_EVEN);
            }
            result.add(new LegalLine(row.code(), row.consequence(), rate == null ? null : rate.stripTrailingZeros(),
                    lprPercent == null ? null : lprPercent.stripTrailingZeros(), row.lprMultiple(),
                    row.effectiveFrom(), row.effectiveTo(), row.ruleZh(), row.ruleEn()));
        }
        result.sort(Comparator.comparing((LegalLine l) -> l.ratePercent() == null)
                .thenComparing(l -> l.ratePercent() == null ? BigDecimal.ZERO : l.ratePercent())
                .thenComparing(LegalLine::code));
        return result;
    }
}
