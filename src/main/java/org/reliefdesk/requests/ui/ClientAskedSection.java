package org.reliefdesk.requests.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.reliefdesk.agreement.AgreementProgress;
import org.reliefdesk.agreement.AgreementService;
import org.reliefdesk.agreement.AgreementStatus;
import org.reliefdesk.casefile.ClientCaseSection;
import org.reliefdesk.casefile.ClientCaseStatus;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.requests.DocumentRequestView;
import org.reliefdesk.requests.RequestService;
import org.reliefdesk.requests.RequestStatus;
import org.springframework.data.domain.PageRequest;

/**
 * "What is asked of you" on the client's page, first of the sections: each open requested
 * document as a card with its own upload, then the payments due under signed agreements, then
 * the documents already sent. Cards, not grids: the client is on a phone.
 */
@org.springframework.stereotype.Component
class ClientAskedSection implements ClientCaseSection {

    private static final int DONE_SHOWN = 10;

    private final RequestService requests;
    private final EvidenceService evidence;
    private final AgreementService agreements;

    ClientAskedSection(RequestService requests, EvidenceService evidence, AgreementService agreements) {
        this.requests = requests;
        this.evidence = evidence;
        this.agreements = agreements;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(ClientCaseStatus status) {
        Div section = new Div();
        section.setId("portal-asked");
        section.addClassName("rd-portal-section");
        render(section, status.id());
        return section;
    }

    private void render(Div section, long caseId) {
        section.removeAll();
        section.add(new H3(section.getTranslation("requests.client.title")));
        List<DocumentRequestView> open = requests.open(caseId);
        List<AgreementProgress> due = agreements.progress(caseId).stream()
                .filter(p -> p.status() == AgreementStatus.SIGNED && p.nextDue() != null).toList();
        if (open.isEmpty() && due.isEmpty()) {
            Paragraph none = new Paragraph(section.getTranslation("requests.client.nothing"));
            none.setId("portal-asked-none");
            section.add(none);
        }
        Div list = new Div();
        list.setId("portal-requests");
        list.addClassName("rd-portal-list");
        open.forEach(r -> list.add(new RequestCard(evidence, requests, caseId, r, () -> render(section, caseId))));
        Div payments = new Div();
        payments.setId("portal-payments");
        payments.addClassName("rd-portal-list");
        due.forEach(p -> payments.add(payment(section, p)));
        section.add(list, payments);

        List<DocumentRequestView> done = requests.requests(caseId, PageRequest.of(0, DONE_SHOWN)).getContent()
                .stream().filter(r -> r.status() == RequestStatus.FULFILLED).toList();
        if (!done.isEmpty()) {
            Div sent = new Div();
            sent.setId("portal-requests-done");
            sent.addClassName("rd-portal-list");
            done.forEach(r -> {
                Div row = new Div(new Span(section.getTranslation("requests.client.sent",
                        section.getTranslation("evidence.category." + r.category()), r.fulfilledOn().toString())),
                        Downloads.of(evidence, caseId, r));
                row.addClassNames("rd-portal-card", "rd-portal-done");
                row.setId("portal-request-done-" + r.id());
                sent.add(row);
            });
            section.add(sent);
        }
    }

    private static Div payment(Component in, AgreementProgress p) {
        Div card = new Div();
        card.addClassName("rd-portal-card");
        card.setId("portal-payment-" + p.agreementId());
        Span what = new Span(in.getTranslation("requests.client.payment", p.lenderName()));
        what.addClassName("rd-portal-card-title");
        Span amount = new Span(in.getTranslation("requests.client.paymentDue", p.nextAmount().format(),
                p.nextDue().toString()));
        amount.addClassName("rd-portal-amount");
        card.add(what, amount);
        if (p.missedCount() > 0) {
            Span missed = new Span(in.getTranslation("requests.client.missed", p.missedCount()));
            missed.getElement().getThemeList().add("badge error");
            card.add(missed);
        }
        return card;
    }
}
