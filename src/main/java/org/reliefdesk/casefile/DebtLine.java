package org.reliefdesk.casefile;

/** A debt on the case page, with what the clock says about it today. */
public record DebtLine(long id, DebtDetails details, long daysOverdue) {
}
