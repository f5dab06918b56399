package org.reliefdesk.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.ConcurrentChangeException;
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
        Notices.saved(source.getTranslation("case.saved"));
        onSaved.accept(saved);
        return null;
    }

    static void error(Component source, UserFacingException e) {
        String message = source.getTranslation(e.messageKey(), e.arguments());
        if (e instanceof ConcurrentChangeException) {
            // Someone else saved first: offer the latest version in one click.
            Notification notification = new Notification();
            notification.setId("concurrent-change");
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setPosition(Notification.Position.MIDDLE);
            Button reload = new Button(source.getTranslation("case.reload"),
                    click -> source.getUI().ifPresent(ui -> ui.getPage().reload()));
            reload.setId("reload-case");
            Button close = new Button(source.getTranslation("common.done"), click -> notification.close());
            HorizontalLayout content = new HorizontalLayout(new Span(message), reload, close);
            content.setAlignItems(FlexComponent.Alignment.CENTER);
            notification.add(content);
            notification.open();
            return;
        }
        Notices.refused(message);
    }
}
