package org.reliefdesk.court.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.reliefdesk.court.CourtService;
import org.reliefdesk.court.LegalActionStatus;
import org.reliefdesk.court.LegalActionView;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.platform.Refusals;
import org.reliefdesk.shared.UserFacingException;

/** Withdraws (entered by mistake) or closes (over) a legal action with a reason; nothing is deleted. */
class EndDialog extends Dialog {

    EndDialog(CourtService court, long caseId, LegalActionView action, Runnable onSaved) {
        setHeaderTitle(getTranslation("court.end"));
        setId("court-end-dialog");
        RadioButtonGroup<LegalActionStatus> to = new RadioButtonGroup<>(getTranslation("court.status"));
        to.setItems(LegalActionStatus.CLOSED, LegalActionStatus.WITHDRAWN);
        to.setItemLabelGenerator(s -> getTranslation("court.end." + s));
        to.setValue(LegalActionStatus.CLOSED);
        to.setId("court-end-status");
        TextArea reason = new TextArea(getTranslation("court.end.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("court-end-reason");
        Paragraph problem = new Paragraph();
        problem.addClassName("rd-warning");
        problem.setId("court-end-problem");
        add(to, reason, problem);
        Button save = new Button(getTranslation("court.save"), click -> {
            try {
                court.end(caseId, action.id(), action.version(), to.getValue(), reason.getValue());
            } catch (UserFacingException refusal) {
                Refusals.show(refusal, this, key -> null, problem);
                return;
            }
            Notices.saved(getTranslation("court.saved"));
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("court-end-save");
        Button cancel = new Button(getTranslation("court.cancel"), click -> close());
        cancel.setId("court-end-cancel");
        getFooter().add(cancel, save);
    }
}
