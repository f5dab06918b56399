package org.reliefdesk.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.reliefdesk.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Last line of defence for errors a view did not handle: a refusal is shown in
 * the user's language; anything unexpected is logged and the user told plainly.
 */
class UiErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootRefusal(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Unhandled error outside a UI", event.getThrowable());
            return;
        }
        String message;
        if (cause instanceof UserFacingException refusal) {
            message = ui.getTranslation(refusal.messageKey(), refusal.arguments());
        } else if (cause instanceof AccessDeniedException) {
            message = ui.getTranslation("error.accessDenied");
        } else {
            log.error("Unhandled error in the UI", event.getThrowable());
            message = ui.getTranslation("error.unexpected");
        }
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static Throwable rootRefusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException || t instanceof AccessDeniedException) {
                return t;
            }
        }
        return thrown;
    }
}
