package org.reliefdesk.rates;

import org.reliefdesk.shared.Money;

/**
 * A debt's true rate against one legal line.
 *
 * @param exceeded whether the nominal APR is above the line (never for a note)
 * @param excess what the borrower pays over the term beyond a loan charging exactly the line (decision 007)
 */
public record LineCheck(LegalLine line, boolean exceeded, Money excess) {
}
