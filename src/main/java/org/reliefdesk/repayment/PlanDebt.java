package org.reliefdesk.repayment;

import java.math.BigDecimal;
import org.reliefdesk.shared.Money;

/**
 * One open debt as the strategy simulator sees it.
 *
 * @param balance what is owed today: outstanding principal + interest + penalties
 * @param ratePercent the annual rate (percent, simple) at which the balance grows in the plan
 * @param rankingPercent the rate the lender charges (true, else contract), shown beside the capped rate used
 * @param minimum the minimum monthly payment when one is known, else null
 */
public record PlanDebt(long id, String lenderName, Money balance, BigDecimal ratePercent, BigDecimal rankingPercent,
        Money minimum) {
}
