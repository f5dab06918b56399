package org.reliefdesk.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.reliefdesk.agreement.AgreementProgress;
import org.reliefdesk.agreement.AgreementService;
import org.reliefdesk.casefile.ClientCaseSection;
import org.reliefdesk.casefile.ClientCaseStatus;
import org.reliefdesk.platform.Cards;

/**
 * On /my-case: per agreement what was paid, what remains, what is due next, and its PDF, one
 * card each (the client is on a phone).
 */
@org.springframework.stereotype.Component
class ClientAgreementsSection implements ClientCaseSection {

    private final AgreementService agreements;

    ClientAgreementsSection(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public int order() {
        return 435;
    }

    @Override
    public Component create(ClientCaseStatus status) {
        Div section = Cards.section("my-agreements");
        section.add(new H3(section.getTranslation("agreement.client.title")));
        List<AgreementProgress> mine = agreements.progress(status.id());
        if (mine.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("agreement.client.none")));
            return section;
        }
        Div list = Cards.list("my-agreements-grid");
        mine.forEach(p -> list.add(card(section, status.id(), p)));
        section.add(list);
        return section;
    }

    private Cards.Card card(Component in, long caseId, AgreementProgress p) {
        Cards.Card card = Cards.card("client-agreement-" + p.agreementId(), p.lenderName())
                .line(in.getTranslation("agreement.status"), in.getTranslation("agreement.status." + p.status()))
                .amount(in.getTranslation("agreement.paid"), p.paid().format())
                .amount(in.getTranslation("agreement.remaining"), p.remaining().format());
        if (p.nextDue() != null) {
            card.line(in.getTranslation("agreement.nextDue"), in.getTranslation("agreement.nextDue.value",
                    p.nextDue().toString(), p.nextAmount().format()));
        }
        if (p.missedCount() > 0) {
            Span missed = new Span(in.getTranslation("agreement.client.missed", p.missedCount()));
            missed.getElement().getThemeList().add("badge error");
            card.text(missed);
        }
        Anchor pdf = new Anchor(AgreementDownloads.pdf(agreements, caseId, p.agreementId()),
                in.getTranslation("agreement.pdf"));
        pdf.setId("my-agreement-pdf-" + p.agreementId());
        return card.action(pdf);
    }
}
