package org.reliefdesk.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.reliefdesk.agreement.AgreementProgress;
import org.reliefdesk.agreement.AgreementService;
import org.reliefdesk.casefile.ClientCaseSection;
import org.reliefdesk.casefile.ClientCaseStatus;

/** On /my-case: per signed agreement what was paid, what remains, what is due next, and its PDF. */
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
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("my-agreements");
        section.add(new H3(section.getTranslation("agreement.client.title")));
        List<AgreementProgress> mine = agreements.progress(status.id());
        if (mine.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("agreement.client.none")));
            return section;
        }
        Grid<AgreementProgress> grid = new Grid<>();
        grid.setId("my-agreements-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(AgreementProgress::lenderName).setHeader(section.getTranslation("agreement.lender"))
                .setFlexGrow(1);
        grid.addColumn(p -> section.getTranslation("agreement.status." + p.status()))
                .setHeader(section.getTranslation("agreement.status")).setAutoWidth(true);
        grid.addColumn(p -> p.paid().format()).setHeader(section.getTranslation("agreement.paid")).setAutoWidth(true);
        grid.addColumn(p -> p.remaining().format()).setHeader(section.getTranslation("agreement.remaining"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.nextDue() == null ? "" : section.getTranslation("agreement.nextDue.value",
                p.nextDue().toString(), p.nextAmount().format())).setHeader(section.getTranslation("agreement.nextDue"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.missedCount() == 0 ? "" : section.getTranslation("agreement.client.missed",
                p.missedCount())).setAutoWidth(true);
        grid.addComponentColumn(p -> {
            Anchor pdf = new Anchor(AgreementDownloads.pdf(agreements, status.id(), p.agreementId()),
                    section.getTranslation("agreement.pdf"));
            pdf.setId("my-agreement-pdf-" + p.agreementId());
            return pdf;
        }).setAutoWidth(true);
        grid.setItems(mine);
        section.add(grid);
        return section;
    }
}
