package org.reliefdesk.creditrepair.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.util.Map;
import org.reliefdesk.creditrepair.CreditRepairService;
import org.reliefdesk.creditrepair.DisputeStatus;
import org.reliefdesk.creditrepair.DisputeView;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.platform.Refusals;
import org.reliefdesk.shared.UserFacingException;

/** One move of a dispute: the date and the answer or outcome. */
class StepDialog extends Dialog {

    StepDialog(CreditRepairService credit, long caseId, Clock clock, DisputeView dispute, DisputeStatus to,
            Runnable onSaved) {
        setHeaderTitle(getTranslation("creditrepair.status." + to));
        setId("credit-dispute-step-dialog");
        DatePicker date = new DatePicker(getTranslation("creditrepair.dispute.step.date"), Countdowns.today(clock));
        date.setMin(dispute.filedOn());
        date.setMax(Countdowns.today(clock));
        date.setId("credit-dispute-step-date");
        TextArea text = new TextArea(getTranslation("creditrepair.dispute.step.text"));
        text.setMaxLength(4000);
        text.setWidthFull();
        text.setId("credit-dispute-step-text");
        Paragraph problem = new Paragraph();
        problem.addClassName("rd-warning");
        VerticalLayout body = new VerticalLayout(date, text, problem);
        body.setPadding(false);
        add(body);
        Map<String, HasValidation> fields = Map.of("creditrepair.error.date", date, "creditrepair.error.outcomeText",
                text);
        Button save = new Button(getTranslation("creditrepair.save"), click -> {
            Refusals.clear(fields, problem);
            try {
                credit.moveDispute(caseId, dispute.id(), dispute.version(), to, date.getValue(), text.getValue());
            } catch (UserFacingException refusal) {
                Refusals.show(refusal, this, fields, problem);
                return;
            }
            Notices.saved(getTranslation("creditrepair.dispute.saved"));
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("credit-dispute-step-save");
        getFooter().add(new Button(getTranslation("creditrepair.cancel"), click -> close()), save);
    }
}
