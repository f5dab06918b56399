package org.reliefdesk.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.reliefdesk.deadlines.DeadlineService;
import org.springframework.stereotype.Component;

/**
 * The dashboard's deadlines met vs missed, from the deadline engine. The engine checks the
 * caller again (a counsellor always gets their own cases), so the scope the dashboard
 * narrowed is enforced twice, never widened.
 */
@Component
class EngineDeadlineOutcomes implements DeadlineOutcomes {

    private final DeadlineService deadlines;

    EngineDeadlineOutcomes(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public List<Outcome> outcomes(LocalDate from, LocalDate to, String counsellor) {
        return deadlines.outcomes(from, to, counsellor).byKind().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Outcome(e.getKey(), e.getValue().met(), e.getValue().missed(), e.getValue().open()))
                .toList();
    }
}
