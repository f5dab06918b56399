package org.reliefdesk.rates;

import java.time.LocalDate;
import org.reliefdesk.shared.Money;

/**
 * A payment the borrower made or must make, typed from the contract or the app's repayment
 * plan: instalments, interest, fees, insurance. The amount is what the borrower pays (positive).
 */
public record PlannedFlow(LocalDate date, Money amount, String note) {
}
