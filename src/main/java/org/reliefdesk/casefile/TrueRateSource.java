package org.reliefdesk.casefile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The true annual rate of a case's debts, computed by the module that knows their
 * cash flows, so the case can rank its debts by what they really cost rather than
 * by the rate their contracts quote.
 */
public interface TrueRateSource {

    /**
     * Called while the case is read, after its access check.
     *
     * @return the true nominal annual rate in percent of each debt that has one, by debt id
     */
    Map<Long, BigDecimal> annualPercent(long caseId, List<DebtLine> debts);
}
