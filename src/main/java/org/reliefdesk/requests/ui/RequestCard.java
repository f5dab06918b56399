package org.reliefdesk.requests.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.EvidenceUploadHandler;
import org.reliefdesk.evidence.EvidenceUploads;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.requests.DocumentRequestView;
import org.reliefdesk.requests.RequestService;
import org.reliefdesk.shared.UserFacingException;

/**
 * One open requested document on the client's page, with its own upload: the file streams into
 * the evidence vault linked to the request (the vault's size limit and type check apply), then
 * the upload fulfils the request.
 */
class RequestCard extends Div {

    RequestCard(EvidenceService evidence, RequestService requests, long caseId, DocumentRequestView request,
            Runnable onFulfilled) {
        addClassName("rd-portal-card");
        setId("portal-request-" + request.id());
        Span title = new Span(getTranslation("evidence.category." + request.category()));
        title.addClassName("rd-portal-card-title");
        Paragraph what = new Paragraph(request.description());
        what.addClassName("rd-portal-text");
        boolean overdue = request.overdueOn(requests.today());
        Span due = new Span(getTranslation(overdue ? "requests.overdue" : "requests.client.due",
                request.dueOn().toString()));
        due.getElement().getThemeList().add(overdue ? "badge error" : "badge");
        due.setId("portal-request-due-" + request.id());

        EvidenceUploadHandler handler = new EvidenceUploadHandler(evidence, caseId,
                new EvidenceUploadHandler.Settings(request.category(), request.description(),
                        List.of(EvidenceTarget.documentRequest(request.id()))), item -> {
                    try {
                        requests.fulfil(caseId, request.id(), item.id());
                    } catch (UserFacingException refusal) {
                        Notices.refused(getTranslation(refusal.messageKey(), refusal.arguments()));
                        return;
                    }
                    Notices.saved(getTranslation("requests.client.received"));
                    onFulfilled.run();
                });
        Upload upload = EvidenceUploads.upload(handler, evidence.maxSizeBytes());
        upload.setMaxFiles(1);
        upload.setId("portal-request-upload-" + request.id());
        upload.addClassName("rd-portal-upload");
        Span hint = new Span(getTranslation("evidence.upload.hint", EvidenceUploads.megabytes(evidence.maxSizeBytes())));
        hint.addClassName("rd-portal-hint");
        add(title, what, due, upload, hint);
    }
}
