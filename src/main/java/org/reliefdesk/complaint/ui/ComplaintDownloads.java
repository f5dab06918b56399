package org.reliefdesk.complaint.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.reliefdesk.complaint.ComplaintDocuments;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.UserFacingException;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.AccessDeniedException;

/**
 * Serves a complaint's letter and evidence bundle through the Vaadin session, so the
 * service's access check and audit apply to every request. The bundle streams: the
 * service verifies every file before the first byte, so a refusal is still a clean 409.
 */
public final class ComplaintDownloads {

    private ComplaintDownloads() {
    }

    public static DownloadHandler letter(ComplaintDocuments service, long caseId, long complaintId) {
        return event -> serve(event, "application/pdf", "投诉信-" + complaintId + ".pdf",
                out -> out.write(service.letterPdf(caseId, complaintId)));
    }

    public static DownloadHandler bundle(ComplaintDocuments service, long caseId, long complaintId) {
        return event -> serve(event, "application/zip", "投诉证据包-" + complaintId + ".zip",
                out -> service.writeBundle(caseId, complaintId, out));
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void serve(DownloadEvent event, String type, String name, Body body) throws IOException {
        UI ui = event.getUI();
        event.getResponse().setHeader("Content-Disposition",
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
        event.getResponse().setHeader("Cache-Control", "no-store");
        event.setContentType(type);
        try {
            body.write(new LazyOutput(event));
        } catch (NotFoundException | AccessDeniedException e) {
            event.getResponse().setStatus(404);
        } catch (UserFacingException e) {
            event.getResponse().setStatus(409);
            if (ui != null) {
                String message = ui.getTranslation(e.messageKey(), e.arguments());
                ui.access(() -> Notices.refused(message));
            }
        }
    }

    /** Opens the response stream only when the first byte is written, so a refusal before it can set a status. */
    private static final class LazyOutput extends OutputStream {
        private final DownloadEvent event;
        private OutputStream target;

        LazyOutput(DownloadEvent event) {
            this.event = event;
        }

        private OutputStream target() {
            if (target == null) {
                target = event.getOutputStream();
            }
            return target;
        }

        @Override
        public void write(int b) throws IOException {
            target().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            target().flush();
        }
    }
}
