package org.reliefdesk.casefile.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.reliefdesk.casefile.Stage;

/** The stages as a row of steps, the current one marked, done ones ticked. */
public class StageProgress extends Div {

    private static final List<Stage> PATH = List.of(Stage.INTAKE, Stage.NEGOTIATION, Stage.AGREEMENT,
            Stage.REPAYMENT, Stage.CREDIT_REPAIR, Stage.CLOSED);

    public StageProgress(Stage current) {
        addClassName("rd-progress");
        setId("stage-progress");
        getElement().setAttribute("role", "list");
        for (Stage step : PATH) {
            Stage shown = step == Stage.CLOSED && current == Stage.WITHDRAWN ? Stage.WITHDRAWN : step;
            Span item = new Span(getTranslation("stage." + shown));
            item.getElement().setAttribute("role", "listitem");
            item.addClassName("rd-progress-step");
            if (shown == current) {
                item.addClassName("current");
                item.getElement().setAttribute("aria-current", "step");
            } else if (step.step() < current.step()) {
                item.addClassName("done");
            }
            add(item);
        }
    }
}
