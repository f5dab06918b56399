package org.reliefdesk.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reliefdesk.casefile.CaseStatistics.CaseMonth;

/** Pure helpers for the dashboard's monthly figures. */
final class Months {

    private Months() {
    }

    /** Every month the period touches, oldest first, with the counted ones filled in and zeros elsewhere. */
    static List<CaseMonth> fill(LocalDate from, LocalDate to, List<CaseMonth> counted) {
        Map<YearMonth, CaseMonth> byMonth = counted.stream()
                .collect(Collectors.toMap(CaseMonth::month, Function.identity(), (a, b) -> new CaseMonth(a.month(),
                        a.opened() + b.opened(), a.closed() + b.closed(), a.withdrawn() + b.withdrawn())));
        List<CaseMonth> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            out.add(byMonth.getOrDefault(m, new CaseMonth(m, 0, 0, 0)));
        }
        return out;
    }
}
