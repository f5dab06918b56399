package org.reliefdesk.rates;

import org.reliefdesk.shared.Money;

/**
 * 砍头息: interest or fees taken out of the principal before it was paid out. Under 民法典
 * 第670条 the principal is the amount actually received (decision 007 explains the recomputation).
 *
 * @param deducted whether anything was withheld
 * @param withheld contract principal minus amount received
 * @param legalPrincipal the principal in law: the amount received
 * @param recomputedOutstandingPrincipal the outstanding principal less what was withheld, not below zero
 */
public record UpfrontDeduction(boolean deducted, Money withheld, Money legalPrincipal,
        Money recomputedOutstandingPrincipal) {
}
