package org.reliefdesk.requests.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.Map;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.platform.Refusals;
import org.reliefdesk.requests.DocumentRequestView;
import org.reliefdesk.requests.RequestService;
import org.reliefdesk.shared.UserFacingException;

/** Cancelling an open request, or reopening a closed one with a new due date; both with a reason. */
class ReasonDialog extends Dialog {

    ReasonDialog(RequestService requests, long caseId, DocumentRequestView request, boolean reopen,
            Runnable onSaved) {
        setHeaderTitle(getTranslation(reopen ? "requests.reopen" : "requests.cancel"));
        setId("requests-reason-dialog");
        TextArea reason = new TextArea(getTranslation("requests.reason"));
        reason.setId("requests-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        DatePicker due = new DatePicker(getTranslation("requests.col.due"), requests.today().plusDays(7));
        due.setMin(requests.today());
        due.setId("requests-reason-due");
        due.setVisible(reopen);
        Paragraph problem = new Paragraph();
        problem.addClassName("rd-warning");
        VerticalLayout body = new VerticalLayout(reason, due, problem);
        body.setPadding(false);
        add(body);
        Map<String, HasValidation> fields = new HashMap<>(Map.of("requests.error.reason", reason,
                "requests.error.due", due));
        Button save = new Button(getTranslation(reopen ? "requests.reopen" : "requests.cancel"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            problem.setText("");
            try {
                if (reopen) {
                    requests.reopen(caseId, request.id(), request.version(), due.getValue(), reason.getValue());
                } else {
                    requests.cancel(caseId, request.id(), request.version(), reason.getValue());
                }
            } catch (UserFacingException refusal) {
                Refusals.show(refusal, this, fields, problem);
                return;
            }
            Notices.saved(getTranslation("requests.saved"));
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("requests-reason-save");
        getFooter().add(new Button(getTranslation("requests.close"), click -> close()), save);
    }
}
