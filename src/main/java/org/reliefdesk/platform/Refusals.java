package org.reliefdesk.platform;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.function.Function;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.UserFacingException;

/**
 * How a form shows a refusal from a service: next to the field its message key names,
 * otherwise on the form's problem line; a concurrent change (someone saved first) as a
 * notice, since no field of this form is wrong.
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * @param in the form, for translating in its user's language
     * @param fieldFor the field a message key is about, or {@code null} when it names none
     */
    public static void show(UserFacingException refusal, Component in, Function<String, HasValidation> fieldFor,
            Paragraph problem) {
        String message = in.getTranslation(refusal.messageKey(), refusal.arguments());
        if (refusal instanceof ConcurrentChangeException) {
            Notices.refused(message);
            return;
        }
        HasValidation field = fieldFor.apply(refusal.messageKey());
        if (field == null) {
            problem.setText(message);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    /** The same, with the fields keyed by the message keys that concern them. */
    public static void show(UserFacingException refusal, Component in, Map<String, HasValidation> fields,
            Paragraph problem) {
        show(refusal, in, fields::get, problem);
    }

    /** Clears what an earlier refusal showed, before the next attempt. */
    public static void clear(Map<String, HasValidation> fields, Paragraph problem) {
        fields.values().forEach(f -> f.setInvalid(false));
        problem.setText("");
    }
}
