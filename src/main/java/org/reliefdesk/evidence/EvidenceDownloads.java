package org.reliefdesk.evidence;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.UserFacingException;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.AccessDeniedException;

/**
 * Serves evidence through the Vaadin session (so the signed-in user and the
 * service's access check apply to every request), after the service verified the
 * bytes. Downloads are attachments under the original name (RFC 5987 for Chinese
 * names); previews and recordings are inline.
 */
public final class EvidenceDownloads {

    private EvidenceDownloads() {
    }

    public static DownloadHandler handler(EvidenceService service, long caseId, long evidenceId, ReadPurpose purpose) {
        return event -> serve(service, caseId, evidenceId, purpose, event);
    }

    private static void serve(EvidenceService service, long caseId, long evidenceId, ReadPurpose purpose,
            DownloadEvent event) throws IOException {
        UI ui = event.getUI();
        try (EvidenceContent content = service.open(caseId, evidenceId, purpose)) {
            EvidenceItem item = content.item();
            event.getResponse().setHeader("Content-Disposition", contentDisposition(purpose, item.originalName()));
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getResponse().setHeader("Cache-Control", "no-store");
            event.setContentType(item.mediaType());
            event.setContentLength(item.size());
            content.stream().transferTo(event.getOutputStream());
        } catch (NotFoundException | AccessDeniedException e) {
            event.getResponse().setStatus(404);
        } catch (UserFacingException e) {
            event.getResponse().setStatus(409);
            if (ui != null) {
                String message = ui.getTranslation(e.messageKey(), e.arguments());
                ui.access(() -> EvidenceUploadHandler.error(message));
            }
        }
    }

    static String contentDisposition(ReadPurpose purpose, String fileName) {
        ContentDisposition.Builder builder = purpose == ReadPurpose.DOWNLOAD
                ? ContentDisposition.attachment() : ContentDisposition.inline();
        return builder.filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
