package org.reliefdesk.requests.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.reliefdesk.evidence.EvidenceDownloads;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.ReadPurpose;
import org.reliefdesk.requests.DocumentRequestView;

/** The file that fulfilled a request, served (checked and audited) by the evidence vault. */
final class Downloads {

    private Downloads() {
    }

    static Anchor of(EvidenceService evidence, long caseId, DocumentRequestView request) {
        DownloadHandler handler = EvidenceDownloads.handler(evidence, caseId, request.evidenceId(),
                ReadPurpose.DOWNLOAD);
        Anchor download = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        download.setText(download.getTranslation("requests.download"));
        download.setId("request-download-" + request.id());
        return download;
    }
}
