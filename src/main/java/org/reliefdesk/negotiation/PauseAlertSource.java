package org.reliefdesk.negotiation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.reliefdesk.casefile.CaseAlert;
import org.reliefdesk.casefile.CaseAlertSource;
import org.springframework.stereotype.Component;

/**
 * Warns on the case page when an accepted pause of collection ends within
 * {@link #WARN_DAYS} days (Beijing dates): collection may start again, so the
 * next step must be agreed before then. Only accepted pauses count: a pause that
 * was merely asked for stops nothing.
 */
@Component
class PauseAlertSource implements CaseAlertSource {

    static final int WARN_DAYS = 7;
    /** From this many days left, the alert is shown as urgent. */
    static final int URGENT_DAYS = 2;

    private final NegotiationService negotiation;
    private final Clock clock;

    PauseAlertSource(NegotiationService negotiation, Clock clock) {
        this.negotiation = negotiation;
        this.clock = clock;
    }

    @Override
    public List<CaseAlert> alertsFor(long caseId) {
        return alerts(negotiation.pausesOfCollection(caseId), LocalDate.now(clock));
    }

    static List<CaseAlert> alerts(List<CollectionPause> pauses, LocalDate today) {
        return pauses.stream()
                .filter(p -> !p.until().isBefore(today) && !p.until().isAfter(today.plusDays(WARN_DAYS)))
                .map(p -> {
                    long daysLeft = ChronoUnit.DAYS.between(today, p.until());
                    return new CaseAlert("negotiation.alert.pauseEnds",
                            List.of(p.lenderName(), p.until().toString(), daysLeft), daysLeft <= URGENT_DAYS);
                })
                .toList();
    }
}
