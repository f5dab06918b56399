package org.reliefdesk.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.shared.UserFacingException;

/** Runs a change to a case and tells the user how it went, in their language. */
final class Feedback {

    private Feedback() {
    }

    /** True when the change was saved; a refusal is shown and nothing else happens. */
    static boolean apply(Component source, Supplier<CaseDetails> change, Consumer<CaseDetails> onSaved) {
        UserFacingException refusal = applyOrRefusal(source, change, onSaved);
        if (refusal != null) {
            error(source, refusal);
        }
        return refusal == null;
    }

    /** Like {@link #apply}, but hands a refusal back for the caller to show next to its field. */
    static UserFacingException applyOrRefusal(Component source, Supplier<CaseDetails> change,
            Consumer<CaseDetails> onSaved) {
        CaseDetails saved;
        try {
            saved = change.get();
        } catch (UserFacingException e) {
            return e;
        }
        Notification.show(source.getTranslation("case.saved"), 2500, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        onSaved.accept(saved);
        return null;
    }

    static void error(Component source, UserFacingException e) {
        Notification notification = Notification.show(source.getTranslation(e.messageKey(), e.arguments()), 6000,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
