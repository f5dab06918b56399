package org.reliefdesk.creditrepair.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.creditrepair.CreditCheckView;
import org.reliefdesk.creditrepair.CreditRepairService;
import org.reliefdesk.creditrepair.NegativeEntryView;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.platform.Notices;
import org.springframework.data.domain.PageRequest;

/**
 * The case's credit repair: the next check date, the checks and the negative entries found in
 * them (with the expiry countdown), the disputes, and the outcome summary.
 */
class CreditRepairPanel extends VerticalLayout {

    private final transient CreditRepairService credit;
    private final CaseDetails details;
    private final Clock clock;
    private final Span nextCheck = new Span();
    private final Grid<CreditCheckView> checks = new Grid<>();
    private final Grid<NegativeEntryView> entries = new Grid<>();
    private final DisputesSection disputes;

    CreditRepairPanel(CreditRepairService credit, EvidenceService evidence, CaseDetails details, Clock clock) {
        this.credit = credit;
        this.details = details;
        this.clock = clock;
        setPadding(false);
        nextCheck.setId("credit-next-check");
        nextCheck.addClassName("rd-strong");

        checks.setId("credit-checks-grid");
        checks.setAllRowsVisible(true);
        checks.addColumn(c -> c.checkedOn().toString()).setHeader(getTranslation("creditrepair.check.date"))
                .setAutoWidth(true);
        checks.addColumn(c -> getTranslation("creditrepair.source." + c.source()))
                .setHeader(getTranslation("creditrepair.check.source")).setAutoWidth(true);
        checks.addColumn(c -> c.findings() == null ? "" : c.findings())
                .setHeader(getTranslation("creditrepair.check.findings")).setFlexGrow(1);
        checks.setItemsPageable(p -> credit.checks(details.id(), p).getContent());
        checks.addItemClickListener(click -> new CheckDialog(credit, evidence, details.id(), clock, click.getItem(),
                this::refresh).open());
        Button newCheck = new Button(getTranslation("creditrepair.check.new"), VaadinIcon.PLUS.create(),
                click -> new CheckDialog(credit, evidence, details.id(), clock, null, this::refresh).open());
        newCheck.setId("credit-check-new");
        newCheck.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        entries.setId("credit-entries-grid");
        entries.setAllRowsVisible(true);
        entries.addColumn(NegativeEntryView::lenderName).setHeader(getTranslation("creditrepair.entry.lender"))
                .setFlexGrow(1);
        entries.addColumn(e -> getTranslation("creditrepair.kind." + e.kind()))
                .setHeader(getTranslation("creditrepair.entry.kind")).setAutoWidth(true);
        entries.addColumn(e -> e.amount() == null ? "" : e.amount().amount().toPlainString())
                .setHeader(getTranslation("creditrepair.entry.amount")).setAutoWidth(true);
        entries.addColumn(e -> e.settledOn() == null ? "—" : e.settledOn().toString())
                .setHeader(getTranslation("creditrepair.entry.settled")).setAutoWidth(true);
        entries.addComponentColumn(e -> Countdowns.of(e, Countdowns.today(clock)))
                .setHeader(getTranslation("creditrepair.entry.expires")).setAutoWidth(true);
        entries.setItemsPageable(p -> credit.entries(details.id(), p).getContent());
        entries.addItemClickListener(click -> openEntry(click.getItem()));
        Button newEntry = new Button(getTranslation("creditrepair.entry.new"), VaadinIcon.PLUS.create(),
                click -> openEntry(null));
        newEntry.setId("credit-entry-new");

        disputes = new DisputesSection(credit, evidence, details, clock, this::refresh);
        add(nextCheck, new H4(getTranslation("creditrepair.checks")), newCheck, checks,
                new H4(getTranslation("creditrepair.entries")), newEntry, entries, disputes,
                new OutcomeSection(credit, details.id()));
        refresh();
    }

    private void openEntry(NegativeEntryView existing) {
        var recent = credit.checks(details.id(), PageRequest.of(0, 50)).getContent();
        if (recent.isEmpty()) {
            Notices.refused(getTranslation("creditrepair.entry.noCheck"));
            return;
        }
        new EntryDialog(credit, details, recent, existing, this::refresh).open();
    }

    private void refresh() {
        nextCheck.setText(credit.nextCheckOn(details.id()).map(d -> getTranslation("creditrepair.nextCheck",
                d.toString())).orElse(getTranslation("creditrepair.nextCheck.none")));
        credit.nextCheckOn(details.id()).ifPresent(d -> nextCheck.getElement().setAttribute("data-due",
                d.toString()));
        checks.getDataProvider().refreshAll();
        entries.getDataProvider().refreshAll();
        if (disputes != null) {
            disputes.refresh();
        }
    }
}
