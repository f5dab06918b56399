package org.reliefdesk.rates;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.casefile.TrueRateSource;
import org.springframework.stereotype.Component;

/**
 * Gives the case its debts' true rates, so the debt list puts the dearest first.
 * The figure is the same one the true-cost tab shows (the nominal APR).
 */
@Component
class TrueRatesForRanking implements TrueRateSource {

    private final PlanRepository plans;

    TrueRatesForRanking(PlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public Map<Long, BigDecimal> annualPercent(long caseId, List<DebtLine> debts) {
        Map<Long, Plan> stored = new HashMap<>();
        plans.findByCaseId(caseId).forEach(p -> stored.put(p.debtId(), p));
        Map<Long, BigDecimal> rates = new HashMap<>();
        for (DebtLine line : debts) {
            Plan plan = stored.get(line.id());
            TrueRate rate = TrueCostCalculator.cost(line.id(), line.details(), plan == null ? null : plan.structure(),
                    plan == null ? List.of() : plan.flows(), List.of()).rate();
            // An absurd rate is a lower bound: still the dearest, so it ranks first.
            if (rate.status() == TrueRate.Status.RATE || rate.status() == TrueRate.Status.ABSURD) {
                rates.put(line.id(), rate.nominalAprPercent());
            }
        }
        return rates;
    }
}
