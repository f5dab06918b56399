package org.reliefdesk.evidence.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.UserFacingException;

/** Small formatting and feedback helpers for the evidence views. */
final class Texts {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private Texts() {
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static String debt(DebtLine debt) {
        return debt.details().lenderName() + " · " + debt.details().outstanding().format();
    }

    static void saved(Component source, EvidenceItem item) {
        notice(source, source.getTranslation("evidence.upload.saved", item.originalName()));
    }

    static void notice(Component source, String message) {
        Notices.saved(message);
    }

    /** Runs a change; a refusal is shown in the user's language and nothing else happens. */
    static void run(Component source, Runnable change) {
        try {
            change.run();
        } catch (UserFacingException e) {
            Notices.refused(source.getTranslation(e.messageKey(), e.arguments()));
        }
    }
}
