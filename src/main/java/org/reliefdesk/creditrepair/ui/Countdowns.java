package org.reliefdesk.creditrepair.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.reliefdesk.creditrepair.Countdown;
import org.reliefdesk.creditrepair.NegativeEntryView;

/** The expiry countdown of a negative entry, the same for staff and client. */
final class Countdowns {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Countdowns() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** A span of class {@code credit-expiry} with {@code data-expires} (ISO date, absent while unsettled). */
    static Span of(NegativeEntryView entry, LocalDate today) {
        Span span = new Span();
        span.addClassName("credit-expiry");
        Countdown countdown = entry.countdown(today);
        if (countdown == null) {
            span.setText(span.getTranslation("creditrepair.countdown.unsettled"));
            return span;
        }
        span.getElement().setAttribute("data-expires", entry.expiresOn().toString());
        String left = countdown.reached() ? span.getTranslation("creditrepair.countdown.reached")
                : countdown.years() > 0 ? span.getTranslation("creditrepair.countdown.years", countdown.years(),
                        countdown.days()) : span.getTranslation("creditrepair.countdown.days", countdown.days());
        span.setText(entry.expiresOn() + " · " + left);
        return span;
    }
}
