package org.reliefdesk.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.privacy.PrivacyRequestView;
import org.reliefdesk.privacy.PrivacyService;
import org.reliefdesk.privacy.RequestKind;
import org.reliefdesk.privacy.RequestStatus;
import org.reliefdesk.shared.UserFacingException;

/** Done (saying what was changed) or refused (with the reason the client will read). */
class DecideDialog extends Dialog {

    DecideDialog(PrivacyService privacy, PrivacyRequestView request, Runnable decided) {
        setHeaderTitle(getTranslation("privacy.admin.decide"));
        setId("privacy-decide-dialog");
        setMaxWidth("36rem");
        add(new Paragraph(getTranslation("privacy.kind." + request.kind()) + ": " + request.what()));
        if (request.kind() == RequestKind.DELETION) {
            add(new Paragraph(getTranslation("privacy.admin.deletionNote")));
        }
        RadioButtonGroup<RequestStatus> outcome = new RadioButtonGroup<>(getTranslation("privacy.admin.outcome"));
        outcome.setItems(RequestStatus.DONE, RequestStatus.REFUSED);
        outcome.setItemLabelGenerator(s -> getTranslation("privacy.status." + s));
        outcome.setValue(RequestStatus.DONE);
        outcome.setId("privacy-decide-outcome");
        TextArea text = new TextArea(getTranslation("privacy.admin.text"));
        text.setWidthFull();
        text.setMaxLength(2000);
        text.setId("privacy-decide-text");
        add(outcome, text);
        Button save = new Button(getTranslation("privacy.admin.save"), click -> {
            try {
                if (outcome.getValue() == RequestStatus.REFUSED) {
                    privacy.refuse(request.id(), request.version(), text.getValue());
                } else {
                    privacy.complete(request.id(), request.version(), text.getValue());
                }
                Notices.saved(getTranslation("privacy.admin.saved"));
                close();
                decided.run();
            } catch (UserFacingException e) {
                Notices.refused(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("privacy-decide-save");
        getFooter().add(new Button(getTranslation("privacy.cancel"), click -> close()), save);
    }
}
