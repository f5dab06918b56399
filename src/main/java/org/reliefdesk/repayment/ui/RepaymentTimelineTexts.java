package org.reliefdesk.repayment.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Optional;
import org.reliefdesk.casefile.TimelineTexts;

/** Words the plan's audit entries on the case timeline in the reader's language. */
@org.springframework.stereotype.Component
class RepaymentTimelineTexts implements TimelineTexts {

    @Override
    public Optional<String> describe(String action, Map<String, String> f, Component reader) {
        return switch (action) {
            case "REPAYMENT_PLAN_CHOSEN" -> Optional.of(reader.getTranslation("repayment.timeline.chosen",
                    strategy(reader, f.get("strategy")), f.get("monthly"), f.get("months")));
            case "REPAYMENT_PLAN_CHANGED" -> Optional.of(reader.getTranslation("repayment.timeline.changed",
                    strategy(reader, f.get("fromStrategy")), f.get("fromMonthly"), f.get("fromMonths"),
                    strategy(reader, f.get("strategy")), f.get("monthly"), f.get("months")));
            default -> Optional.empty();
        };
    }

    private static String strategy(Component reader, String name) {
        return reader.getTranslation("repayment.strategy." + name);
    }
}
