package org.reliefdesk.creditrepair.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.UserFacingException;

/** Shows a refusal next to the field its key names, else in the dialog's problem line. */
final class Refusals {

    private Refusals() {
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

    static void clear(Map<String, HasValidation> fields, Paragraph problem) {
        fields.values().forEach(f -> f.setInvalid(false));
        problem.setText("");
    }
}
