package org.reliefdesk.agreement;

import java.time.LocalDate;
import org.reliefdesk.shared.Money;

/** One agreed payment: its number in the schedule (from 1), due date and amount. */
public record Instalment(int number, LocalDate due, Money amount) {
}
