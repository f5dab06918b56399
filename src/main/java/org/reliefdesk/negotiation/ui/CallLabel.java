package org.reliefdesk.negotiation.ui;

import com.vaadin.flow.component.Component;
import java.time.format.DateTimeFormatter;
import org.reliefdesk.calls.CallRecord;

/** A call as one short line: when, with whom, how it ended. */
final class CallLabel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(java.time.ZoneId.of("Asia/Shanghai"));

    private CallLabel() {
    }

    static String of(Component ui, CallRecord call) {
        return WHEN.format(call.details().at()) + " · " + ui.getTranslation("calls.party." + call.details().party())
                + " · " + ui.getTranslation("calls.outcome." + call.details().outcome());
    }
}
