package org.reliefdesk.rates;

import java.util.ArrayList;
import java.util.List;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;

/** Pure: a debt, what is stored for it and its legal lines in, its true cost out (decision 007). */
final class TrueCostCalculator {

    private TrueCostCalculator() {
    }

    static DebtTrueCost cost(long debtId, DebtDetails debt, RepaymentStructure structure, List<PlannedFlow> typed,
            List<LegalLine> lines) {
        DebtTrueCost.Basis basis;
        List<PlannedFlow> payments;
        if (debt.contractDate() == null) {
            basis = DebtTrueCost.Basis.NONE;
            payments = List.of();
        } else if (typed != null && !typed.isEmpty()) {
            basis = DebtTrueCost.Basis.EXPLICIT_FLOWS;
            payments = typed;
        } else if (structure != null) {
            basis = DebtTrueCost.Basis.STRUCTURE;
            payments = schedule(debt, structure);
        } else {
            RepaymentStructure assumed = assumed(debt);
            basis = assumed == null ? DebtTrueCost.Basis.NONE : DebtTrueCost.Basis.ASSUMED;
            payments = assumed == null ? List.of() : schedule(debt, assumed);
        }
        if (payments == null) {
            basis = DebtTrueCost.Basis.NONE;
            payments = List.of();
        }
        List<CashFlow> flows = flows(debt, payments);
        TrueRate rate = basis == DebtTrueCost.Basis.NONE ? TrueRate.none(TrueRate.Status.MISSING_DATA)
                : Irr.of(flows);
        Money totalPaid = payments.stream().map(PlannedFlow::amount).reduce(Money.ZERO, Money::plus);

        List<LineCheck> checks = new ArrayList<>();
        Money lowestExcess = null;
        for (LegalLine line : lines) {
            if (!line.isLimit()) {
                checks.add(new LineCheck(line, false, Money.ZERO));
                continue;
            }
            // Compared on the courts' basis: simple annual interest on the money received (decision 007).
            boolean exceeded = rate.exists() && rate.linePercent().compareTo(line.ratePercent()) > 0;
            Money excess = exceeded ? Excess.over(flows, line.ratePercent()) : Money.ZERO;
            checks.add(new LineCheck(line, exceeded, excess));
            if (lowestExcess == null) {
                lowestExcess = excess;
            }
        }
        return new DebtTrueCost(debtId, debt.lenderName(), debt.lenderType(), debt.contractDate(), basis, rate,
                debt.amountReceived(), totalPaid, List.copyOf(checks), lowestExcess == null ? Money.ZERO
                        : lowestExcess, upfront(debt));
    }

    /** The received amount on the contract date, then every payment. */
    static List<CashFlow> flows(DebtDetails debt, List<PlannedFlow> payments) {
        List<CashFlow> flows = new ArrayList<>(payments.size() + 1);
        if (debt.contractDate() == null) {
            return flows;
        }
        flows.add(CashFlow.received(debt.contractDate(), debt.amountReceived()));
        for (PlannedFlow payment : payments) {
            flows.add(CashFlow.paid(payment.date(), payment.amount()));
        }
        return flows;
    }

    /** Without a stored structure: monthly instalments for annual/monthly rates, one payment for daily rates. */
    static RepaymentStructure assumed(DebtDetails debt) {
        if (debt.contractDate() == null || debt.termMonths() == null) {
            return null;
        }
        return new RepaymentStructure(debt.rateBasis() == RateBasis.DAILY ? RepaymentMethod.BULLET
                : RepaymentMethod.EQUAL_INSTALMENT, null, Money.ZERO, null);
    }

    private static List<PlannedFlow> schedule(DebtDetails debt, RepaymentStructure structure) {
        try {
            return Schedule.payments(debt, structure);
        } catch (InvalidValueException e) {
            // A debt edited after its structure was saved (e.g. its term removed): say "missing data", do not fail the page.
            return null;
        }
    }

    static UpfrontDeduction upfront(DebtDetails debt) {
        Money withheld = debt.contractPrincipal().minus(debt.amountReceived());
        if (!withheld.isPositive()) {
            return new UpfrontDeduction(false, Money.ZERO, debt.contractPrincipal(), debt.outstandingPrincipal());
        }
        return new UpfrontDeduction(true, withheld, debt.amountReceived(),
                debt.outstandingPrincipal().minus(withheld).max(Money.ZERO));
    }
}
