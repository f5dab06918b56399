package org.reliefdesk.casefile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;

/**
 * The household's monthly budget and what follows from it. Living costs above
 * half the income are flagged; 50/30/20 compares needs, wants and what is left
 * for savings and debts with the usual shares.
 *
 * @param emergencyFund the money set aside for emergencies, or null when not recorded
 */
public record Budget(List<Line> lines, int dependants, Money emergencyFund) {

    private static final BigDecimal LIVING_COST_WARNING_SHARE = new BigDecimal("0.50");

    /** One income or expense line; expenses have a category, incomes do not. */
    public record Line(boolean income, ExpenseCategory category, String label, Money monthly) {
    }

    public Budget {
        lines = List.copyOf(lines);
    }

    /** A budget without the emergency fund recorded. */
    public Budget(List<Line> lines, int dependants) {
        this(lines, dependants, null);
    }

    void validate() {
        if (dependants < 0 || dependants > 30) {
            throw new InvalidValueException("budget.error.dependants");
        }
        for (Line line : lines) {
            if (line.label() == null || line.label().isBlank() || line.label().length() > 200) {
                throw new InvalidValueException("budget.error.label");
            }
            if (line.monthly() == null || line.monthly().isNegative()) {
                throw new InvalidValueException("budget.error.amount");
            }
            if (!line.income() && line.category() == null) {
                throw new InvalidValueException("budget.error.category");
            }
        }
        if (emergencyFund != null && emergencyFund.isNegative()) {
            throw new InvalidValueException("budget.error.emergencyFund");
        }
    }

    /**
     * How many months of essential spending the emergency fund covers (2 decimals), or
     * null when the fund is not recorded or there is no essential spending to cover.
     */
    public BigDecimal emergencyFundMonths() {
        if (emergencyFund == null || essentialSpending().isZero()) {
            return null;
        }
        return emergencyFund.amount().divide(essentialSpending().amount(), 2, RoundingMode.HALF_EVEN);
    }

    public Money totalIncome() {
        return sum(true, null);
    }

    public Money essentialSpending() {
        return lines.stream().filter(l -> !l.income() && l.category().essential()).map(Line::monthly)
                .reduce(Money.ZERO, Money::plus);
    }

    public Money otherSpending() {
        return sum(false, ExpenseCategory.OTHER);
    }

    public Money totalSpending() {
        return essentialSpending().plus(otherSpending());
    }

    /** What is left each month for the debts; negative when the household already runs short. */
    public Money availableForDebts() {
        return totalIncome().minus(totalSpending());
    }

    /** Essential spending as a share of income (0.00-1.00+), or null with no income. */
    public BigDecimal livingCostShare() {
        if (totalIncome().isZero()) {
            return null;
        }
        return essentialSpending().amount().divide(totalIncome().amount(), 4, RoundingMode.HALF_EVEN);
    }

    public boolean livingCostsAboveHalf() {
        BigDecimal share = livingCostShare();
        return share == null ? !essentialSpending().isZero() : share.compareTo(LIVING_COST_WARNING_SHARE) > 0;
    }

    /** 50/30/20: what the household would spend on needs, wants and savings-or-debts at those shares. */
    public Money needsTarget() {
        return totalIncome().times(new BigDecimal("0.50"));
    }

    public Money wantsTarget() {
        return totalIncome().times(new BigDecimal("0.30"));
    }

    public Money savingsAndDebtsTarget() {
        return totalIncome().times(new BigDecimal("0.20"));
    }

    private Money sum(boolean income, ExpenseCategory onlyCategory) {
        return lines.stream()
                .filter(l -> l.income() == income && (onlyCategory == null || l.category() == onlyCategory))
                .map(Line::monthly).reduce(Money.ZERO, Money::plus);
    }
}
