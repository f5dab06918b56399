package org.reliefdesk.rates;

import java.util.List;
import org.reliefdesk.shared.Money;

/** The true cost of every debt of a case, and the sum of their excesses. */
public record CaseTrueCost(long caseId, List<DebtTrueCost> debts, Money totalExcess) {
}
