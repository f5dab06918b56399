package org.reliefdesk.rates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;

/**
 * Generates a repayment schedule the way lenders do: each period's interest rounded to the
 * fen on the balance, the last instalment absorbing the rounding. Amounts are BigDecimal.
 */
public final class Schedule {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);
    private static final BigDecimal DAYS_PERCENT = BigDecimal.valueOf(36500);

    private Schedule() {
    }

    /**
     * The borrower's payments under the structure, on the contract principal at the debt's
     * nominal rate (monthly rate = annual ÷ 12; a daily rate × 365 is its annual rate).
     */
    public static List<PlannedFlow> payments(DebtDetails debt, RepaymentStructure structure) {
        if (structure == null || structure.method() == null) {
            throw new InvalidValueException("rates.error.method");
        }
        if (debt.contractDate() == null) {
            throw new InvalidValueException("rates.error.contractDate");
        }
        if (structure.feePerInstalment().isNegative()) {
            throw new InvalidValueException("rates.error.fee");
        }
        Money principal = debt.contractPrincipal();
        BigDecimal annualPercent = debt.annualPercent();
        if (structure.method() == RepaymentMethod.BULLET) {
            return bullet(debt, structure, principal, annualPercent);
        }
        Integer n = debt.termMonths();
        if (n == null || n < 1) {
            throw new InvalidValueException("rates.error.termMonths");
        }
        LocalDate first = structure.firstDueDate() == null ? debt.contractDate().plusMonths(1)
                : structure.firstDueDate();
        if (!first.isAfter(debt.contractDate())) {
            throw new InvalidValueException("rates.error.firstDueDate");
        }
        BigDecimal monthly = annualPercent.divide(TWELVE_HUNDRED, MC);
        Money fee = structure.feePerInstalment();
        Money instalment = structure.method() == RepaymentMethod.EQUAL_INSTALMENT ? annuity(principal, monthly, n)
                : null;
        Money equalPrincipal = Money.of(principal.amount().divide(BigDecimal.valueOf(n), MC));
        List<PlannedFlow> flows = new ArrayList<>(n);
        Money balance = principal;
        for (int k = 1; k <= n; k++) {
            Money interest = balance.times(monthly);
            Money principalPart;
            if (k == n) {
                principalPart = balance;
            } else {
                principalPart = switch (structure.method()) {
                    case EQUAL_INSTALMENT -> instalment.minus(interest).max(Money.ZERO).min(balance);
                    case EQUAL_PRINCIPAL -> equalPrincipal.min(balance);
                    default -> Money.ZERO;
                };
            }
            balance = balance.minus(principalPart);
            flows.add(new PlannedFlow(first.plusMonths(k - 1L), principalPart.plus(interest).plus(fee),
                    "#" + k));
        }
        return flows;
    }

    /** 等额本息: P·m·(1+m)ⁿ / ((1+m)ⁿ − 1), rounded to the fen; P/n when the rate is zero. */
    static Money annuity(Money principal, BigDecimal monthly, int n) {
        if (monthly.signum() == 0) {
            return Money.of(principal.amount().divide(BigDecimal.valueOf(n), MC));
        }
        BigDecimal growth = BigDecimal.ONE.add(monthly).pow(n, MC);
        return Money.of(principal.amount().multiply(monthly).multiply(growth)
                .divide(growth.subtract(BigDecimal.ONE), MC));
    }

    private static List<PlannedFlow> bullet(DebtDetails debt, RepaymentStructure structure, Money principal,
            BigDecimal annualPercent) {
        long days;
        if (structure.termDays() != null) {
            days = structure.termDays();
        } else if (debt.termMonths() != null) {
            days = ChronoUnit.DAYS.between(debt.contractDate(), debt.contractDate().plusMonths(debt.termMonths()));
        } else {
            throw new InvalidValueException("rates.error.termDays");
        }
        if (days < 1 || days > 36_600) {
            throw new InvalidValueException("rates.error.termDays");
        }
        Money interest = Money.of(principal.amount().multiply(annualPercent).multiply(BigDecimal.valueOf(days))
                .divide(DAYS_PERCENT, MC).setScale(2, RoundingMode.HALF_EVEN));
        return List.of(new PlannedFlow(debt.contractDate().plusDays(days),
                principal.plus(interest).plus(structure.feePerInstalment()), "#1"));
    }
}
