package org.reliefdesk.platform;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The portal's two kinds of short notice, the same on every page: saved, and refused. */
public final class Notices {

    private Notices() {
    }

    /** A change was saved: brief, out of the way. */
    public static Notification saved(String message) {
        Notification notification = Notification.show(message, 2500, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** Something was refused and nothing changed: in the middle, long enough to read. */
    public static Notification refused(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }
}
