package org.reliefdesk.creditrepair.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import org.reliefdesk.casefile.ClientCaseSection;
import org.reliefdesk.casefile.ClientCaseStatus;
import org.reliefdesk.creditrepair.ClientCredit;
import org.reliefdesk.creditrepair.CreditRepairService;
import org.reliefdesk.creditrepair.DisputeView;
import org.reliefdesk.creditrepair.NegativeEntryView;
import org.reliefdesk.platform.Cards;

/**
 * On /my-case: the client's negative entries with their expiry countdown, the disputes and
 * their status, the next check date and the outcome once recorded; never the findings notes.
 * Nothing is shown before the first check is recorded. Cards, not grids: the client is on a phone.
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
        Div section = Cards.section("my-credit");
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
            Div entries = Cards.list("my-credit-entries");
            mine.entries().forEach(e -> entries.add(entry(section, e, today)));
            section.add(entries);
        }
        if (!mine.disputes().isEmpty()) {
            section.add(new H4(section.getTranslation("creditrepair.client.disputes")));
            Div disputes = Cards.list("my-credit-disputes");
            mine.disputes().forEach(d -> disputes.add(dispute(section, d)));
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

    private static Cards.Card entry(Component in, NegativeEntryView e, LocalDate today) {
        return Cards.card("client-credit-entry-" + e.id(), e.lenderName())
                .line(in.getTranslation("creditrepair.entry.kind"), in.getTranslation("creditrepair.kind." + e.kind()))
                .line(in.getTranslation("creditrepair.entry.expires"), Countdowns.of(e, today));
    }

    private static Cards.Card dispute(Component in, DisputeView d) {
        Cards.Card card = Cards.card("client-credit-dispute-" + d.id(), d.disputed())
                .line(in.getTranslation("creditrepair.dispute.filed"), d.filedOn().toString())
                .line(in.getTranslation("creditrepair.dispute.due"), d.dueOn().toString())
                .line(in.getTranslation("creditrepair.dispute.status"),
                        in.getTranslation("creditrepair.status." + d.status()));
        if (d.outcomeText() != null) {
            card.line(in.getTranslation("creditrepair.dispute.outcome"), d.outcomeText());
        }
        return card;
    }
}
