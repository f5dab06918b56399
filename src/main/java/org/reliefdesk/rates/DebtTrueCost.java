package org.reliefdesk.rates;

import java.time.LocalDate;
import java.util.List;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.shared.Money;

/**
 * The true cost of one debt.
 *
 * @param basis where the cash flows came from
 * @param received the amount the borrower actually received on the contract date
 * @param totalPaid everything the borrower pays over the term under those flows
 * @param lines every legal line that applies, with notes last
 * @param excess the excess over the lowest applicable line (zero when within every line)
 */
public record DebtTrueCost(long debtId, String lenderName, LenderType lenderType, LocalDate contractDate,
        Basis basis, TrueRate rate, Money received, Money totalPaid, List<LineCheck> lines, Money excess,
        UpfrontDeduction upfront) {

    public enum Basis {
        /** Dated flows the counsellor typed from the contract or the app's plan. */
        EXPLICIT_FLOWS,
        /** A schedule generated from the repayment structure the counsellor chose. */
        STRUCTURE,
        /** A schedule generated from the debt alone (monthly instalments, or one payment for daily rates). */
        ASSUMED,
        /** Nothing to compute from (no contract date or no term). */
        NONE
    }
}
