package org.reliefdesk.creditrepair.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import org.reliefdesk.casefile.ClientCaseSection;
import org.reliefdesk.casefile.ClientCaseStatus;
import org.reliefdesk.creditrepair.ClientCredit;
import org.reliefdesk.creditrepair.CreditRepairService;
import org.reliefdesk.creditrepair.DisputeView;
import org.reliefdesk.creditrepair.NegativeEntryView;

/**
 * On /my-case: the client's negative entries with their expiry countdown, the disputes and
 * their status, the next check date and the outcome once recorded; never the findings notes.
 * Nothing is shown before the first check is recorded.
 */
@org.springframework.stereotype.Component
class ClientCreditSection implements ClientCaseSection {

    private final CreditRepairService credit;
    private final Clock clock;

    ClientCreditSection(CreditRepairService credit, Clock clock) {
        this.credit = credit;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Component create(ClientCaseStatus status) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("my-credit");
        ClientCredit mine = credit.forClient(status.id());
        if (mine.nextCheckOn() == null && mine.outcome() == null && mine.disputes().isEmpty()) {
            section.setVisible(false);
            return section;
        }
        LocalDate today = Countdowns.today(clock);
        section.add(new H3(section.getTranslation("creditrepair.client.title")));
        if (mine.nextCheckOn() != null) {
            Paragraph next = new Paragraph(section.getTranslation("creditrepair.nextCheck",
                    mine.nextCheckOn().toString()));
            next.setId("my-credit-next-check");
            section.add(next);
        }
        section.add(new H4(section.getTranslation("creditrepair.client.entries")));
        if (mine.entries().isEmpty()) {
            section.add(new Paragraph(section.getTranslation("creditrepair.client.entries.none")));
        } else {
            Grid<NegativeEntryView> entries = new Grid<>();
            entries.setId("my-credit-entries");
            entries.setAllRowsVisible(true);
            entries.addColumn(NegativeEntryView::lenderName)
                    .setHeader(section.getTranslation("creditrepair.entry.lender")).setFlexGrow(1);
            entries.addColumn(e -> section.getTranslation("creditrepair.kind." + e.kind()))
                    .setHeader(section.getTranslation("creditrepair.entry.kind")).setAutoWidth(true);
            entries.addComponentColumn(e -> Countdowns.of(e, today))
                    .setHeader(section.getTranslation("creditrepair.entry.expires")).setAutoWidth(true);
            entries.setItems(mine.entries());
            section.add(entries);
        }
        if (!mine.disputes().isEmpty()) {
            section.add(new H4(section.getTranslation("creditrepair.client.disputes")));
            Grid<DisputeView> disputes = new Grid<>();
            disputes.setId("my-credit-disputes");
            disputes.setAllRowsVisible(true);
            disputes.addColumn(d -> d.filedOn().toString())
                    .setHeader(section.getTranslation("creditrepair.dispute.filed")).setAutoWidth(true);
            disputes.addColumn(DisputeView::disputed).setHeader(section.getTranslation("creditrepair.dispute.text"))
                    .setFlexGrow(1);
            disputes.addColumn(d -> d.dueOn().toString())
                    .setHeader(section.getTranslation("creditrepair.dispute.due")).setAutoWidth(true);
            disputes.addColumn(d -> section.getTranslation("creditrepair.status." + d.status()))
                    .setHeader(section.getTranslation("creditrepair.dispute.status")).setAutoWidth(true);
            disputes.addColumn(d -> d.outcomeText() == null ? "" : d.outcomeText())
                    .setHeader(section.getTranslation("creditrepair.dispute.outcome")).setFlexGrow(1);
            disputes.setItems(mine.disputes());
            section.add(disputes);
        }
        if (mine.outcome() != null) {
            section.add(new H4(section.getTranslation("creditrepair.client.outcome")));
            Paragraph outcome = new Paragraph(OutcomeSection.text(mine.outcome(), section));
            outcome.setId("my-credit-outcome");
            section.add(outcome);
        }
        return section;
    }
}
