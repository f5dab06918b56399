package org.reliefdesk.privacy.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.reliefdesk.privacy.PrivacyService;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.AccessDeniedException;

/** Serves the client's copy through the Vaadin session: the service checks access and audits each download. */
final class PrivacyDownloads {

    private PrivacyDownloads() {
    }

    static DownloadHandler copy(PrivacyService privacy, long caseId, PrivacyService.Format format, Locale locale) {
        return event -> {
            byte[] bytes;
            try {
                bytes = privacy.copy(caseId, format, locale);
            } catch (NotFoundException | AccessDeniedException e) {
                event.getResponse().setStatus(404);
                return;
            }
            boolean pdf = format == PrivacyService.Format.PDF;
            event.getResponse().setHeader("Content-Disposition", ContentDisposition.attachment()
                    .filename("个人信息-" + caseId + (pdf ? ".pdf" : ".json"), StandardCharsets.UTF_8).build()
                    .toString());
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getResponse().setHeader("Cache-Control", "no-store");
            event.setContentType(pdf ? "application/pdf" : "application/json");
            event.getOutputStream().write(bytes);
        };
    }
}
