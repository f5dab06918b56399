package org.reliefdesk.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.reliefdesk.complaint.ComplaintView;
import org.reliefdesk.complaint.FilingMethod;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.UserFacingException;

/**
 * One status step of a complaint, asking only what that step needs: filing (date, how,
 * reference), acknowledging (date, reference), answering (date, text), escalating and
 * closing (date, optional reason), extending (new due date, reason).
 */
class StepDialog extends Dialog {

    enum Step { FILE, ACKNOWLEDGE, ANSWER, ESCALATE, CLOSE, EXTEND }

    /** What the step does with what was entered; returns the complaint as it now is. */
    interface Action {
        ComplaintView apply(LocalDate date, FilingMethod method, String text);
    }

    StepDialog(Step step, String title, LocalDate today, Action action, java.util.function.Consumer<ComplaintView> done) {
        setHeaderTitle(title);
        setId("complaint-step-dialog");
        DatePicker date = new DatePicker(getTranslation(step == Step.FILE ? "complaint.filedOn"
                : step == Step.EXTEND ? "complaint.extend.newDue" : "complaint.date"));
        date.setValue(step == Step.EXTEND ? null : today);
        date.setId(step == Step.FILE ? "complaint-filed-date" : "complaint-step-date");
        Select<FilingMethod> method = new Select<>();
        method.setLabel(getTranslation("complaint.method"));
        method.setItems(FilingMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("complaint.method." + m));
        method.setValue(FilingMethod.WEB);
        method.setId("complaint-method");
        TextField reference = new TextField(getTranslation("complaint.reference"));
        reference.setMaxLength(100);
        reference.setId("complaint-reference");
        TextArea text = new TextArea(getTranslation(switch (step) {
            case ANSWER -> "complaint.answer.text";
            case EXTEND -> "complaint.extend.reason";
            default -> "complaint.reason";
        }));
        text.setMaxLength(step == Step.ANSWER ? 4000 : 1000);
        text.setId("complaint-step-text");
        FormLayout form = new FormLayout(date);
        switch (step) {
            case FILE -> form.add(method, reference);
            case ACKNOWLEDGE -> form.add(reference);
            default -> form.add(text);
        }
        add(form);
        Button confirm = new Button(getTranslation(step == Step.FILE ? "complaint.file.confirm" : "complaint.confirm"),
                click -> {
                    try {
                        ComplaintView after = action.apply(date.getValue(), method.getValue(),
                                step == Step.FILE || step == Step.ACKNOWLEDGE ? reference.getValue() : text.getValue());
                        Notices.saved(getTranslation("complaint.saved"));
                        close();
                        done.accept(after);
                    } catch (UserFacingException refusal) {
                        Notices.refused(getTranslation(refusal.messageKey(), refusal.arguments()));
                    }
                });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId(step == Step.FILE ? "complaint-file-confirm" : "complaint-step-confirm");
        Button cancel = new Button(getTranslation("complaint.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }
}
