package org.reliefdesk.requests.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.UserFacingException;

/** Shows a refusal at the field it is about, or below the form. */
final class Fields {

    private Fields() {
    }

    static void show(UserFacingException refusal, Component in, Map<String, HasValidation> fields, Paragraph problem) {
        String message = in.getTranslation(refusal.messageKey(), refusal.arguments());
        if (refusal instanceof ConcurrentChangeException) {
            Notices.refused(message);
            return;
        }
        HasValidation field = fields.get(refusal.messageKey());
        if (field == null) {
            problem.setText(message);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }
}
