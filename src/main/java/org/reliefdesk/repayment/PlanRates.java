package org.reliefdesk.repayment;

import java.math.BigDecimal;
import java.util.List;
import org.reliefdesk.rates.LegalLine;

/**
 * The rate at which a debt grows in the plan: its true rate when known, else its contract rate,
 * but never above the lowest legal line that applies to it, since a court would not enforce more.
 */
final class PlanRates {

    private PlanRates() {
    }

    static BigDecimal used(BigDecimal ranking, List<LegalLine> lines) {
        BigDecimal rate = ranking == null ? BigDecimal.ZERO : ranking;
        for (LegalLine line : lines) {
            if (line.isLimit() && line.ratePercent().compareTo(rate) < 0) {
                rate = line.ratePercent();
            }
        }
        return rate;
    }
}
