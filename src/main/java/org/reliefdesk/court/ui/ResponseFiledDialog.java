package org.reliefdesk.court.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.reliefdesk.court.CourtService;
import org.reliefdesk.court.LegalActionView;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.platform.Refusals;
import org.reliefdesk.shared.UserFacingException;

/** "The defence (objection, appeal) was filed on ...": the court deadline is then done. */
class ResponseFiledDialog extends Dialog {

    ResponseFiledDialog(CourtService court, long caseId, LegalActionView action, LocalDate today, Runnable onSaved) {
        String response = action.rule().response(getLocale());
        setHeaderTitle(getTranslation("court.responseFiled.title", response));
        setId("court-filed-dialog");
        DatePicker filedOn = new DatePicker(getTranslation("court.responseFiled.on", response));
        filedOn.setId("court-filed-on");
        filedOn.setMax(today);
        filedOn.setMin(action.details().servedOn());
        filedOn.setValue(action.responseFiledOn() == null ? today : action.responseFiledOn());
        Paragraph due = new Paragraph(Texts.deadlineText(this, action, today));
        Paragraph problem = new Paragraph();
        problem.addClassName("rd-warning");
        problem.setId("court-filed-problem");
        add(due, filedOn, problem);
        Button save = new Button(getTranslation("court.save"), click -> {
            try {
                court.responseFiled(caseId, action.id(), action.version(), filedOn.getValue());
            } catch (UserFacingException refusal) {
                Refusals.show(refusal, this, key -> null, problem);
                return;
            }
            Notices.saved(getTranslation("court.saved"));
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("court-filed-save");
        Button cancel = new Button(getTranslation("court.cancel"), click -> close());
        cancel.setId("court-filed-cancel");
        getFooter().add(cancel, save);
    }
}
