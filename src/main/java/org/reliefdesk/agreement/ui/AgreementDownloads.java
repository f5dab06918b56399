package org.reliefdesk.agreement.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import org.reliefdesk.agreement.AgreementService;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.AccessDeniedException;

/** Serves an agreement's PDF through the Vaadin session: the service checks access and audits each download. */
final class AgreementDownloads {

    private AgreementDownloads() {
    }

    static DownloadHandler pdf(AgreementService agreements, long caseId, long agreementId) {
        return event -> {
            byte[] pdf;
            try {
                pdf = agreements.pdf(caseId, agreementId);
            } catch (NotFoundException | AccessDeniedException e) {
                event.getResponse().setStatus(404);
                return;
            }
            event.getResponse().setHeader("Content-Disposition", ContentDisposition.attachment()
                    .filename("还款协议-" + agreementId + ".pdf", StandardCharsets.UTF_8).build().toString());
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getResponse().setHeader("Cache-Control", "no-store");
            event.setContentType("application/pdf");
            event.getOutputStream().write(pdf);
        };
    }
}
