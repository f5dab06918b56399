package org.reliefdesk.evidence;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.function.Consumer;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.UserFacingException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Streams each uploaded file straight into {@link EvidenceService#store}: nothing
 * is buffered whole, in memory or in a servlet temp file (the Upload sends the raw
 * body). A refusal is shown in the user's language and the file is marked rejected.
 * <p>
 * It runs on the upload's request thread, without the session lock, so what the
 * form says (category, description, links) is handed in as an immutable snapshot.
 */
public class EvidenceUploadHandler implements UploadHandler {

    /** What to file the next uploads as; replace it whenever the form changes. */
    public record Settings(EvidenceCategory category, String description, List<EvidenceTarget> links) {
    }

    private final transient EvidenceService service;
    private final long caseId;
    private volatile Settings settings;
    private final Consumer<EvidenceItem> onSaved;

    /** @param onSaved runs in the UI (under its lock) after each stored file */
    public EvidenceUploadHandler(EvidenceService service, long caseId, Settings settings,
            Consumer<EvidenceItem> onSaved) {
        this.service = service;
        this.caseId = caseId;
        this.settings = settings;
        this.onSaved = onSaved;
    }

    public void settings(Settings next) {
        this.settings = next;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) {
        Settings now = settings;
        UI ui = event.getUI();
        try {
            if (event.getFileSize() > service.maxSizeBytes()) {
                // The browser said how big it is: refuse before reading a byte.
                throw LimitedInputStream.tooLarge(service.maxSizeBytes());
            }
            EvidenceItem item = service.store(caseId, new UploadedFile(event.getFileName(), event.getInputStream()),
                    now.category(), now.description(), now.links().toArray(EvidenceTarget[]::new));
            if (ui == null) {
                onSaved.accept(item); // not attached to a UI: a benchmark or a test drives it
            } else {
                ui.access(() -> onSaved.accept(item));
            }
        } catch (UserFacingException e) {
            refuse(event, ui, e.messageKey(), e.arguments());
        } catch (AccessDeniedException e) {
            refuse(event, ui, "error.accessDenied");
        }
    }

    @Override
    public long getFileSizeMax() {
        // Only applies to multipart bodies; the service enforces the same limit while streaming either way.
        return service.maxSizeBytes();
    }

    private static void refuse(UploadEvent event, UI ui, String key, Object... arguments) {
        if (ui == null) {
            event.reject(key);
            return;
        }
        String message = ui.getTranslation(key, arguments);
        event.reject(message);
        ui.access(() -> error(message));
    }

    /** An error notice in the style of the rest of the portal. */
    static void error(String message) {
        Notification notification = Notices.refused(message);
        notification.setDuration(8000);
        notification.setId("evidence-error");
    }
}
