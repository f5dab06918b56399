package org.reliefdesk.creditrepair.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.Map;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.creditrepair.CreditRepairService;
import org.reliefdesk.creditrepair.DisputeStatus;
import org.reliefdesk.creditrepair.DisputeView;
import org.reliefdesk.evidence.EvidenceService;
import org.springframework.data.domain.PageRequest;

/** The case's disputes: file one, move the selected one along its status table, open its evidence. */
class DisputesSection extends VerticalLayout {

    private static final Map<DisputeStatus, String> BUTTONS = Map.of(DisputeStatus.ANSWERED, "answer",
            DisputeStatus.UPHELD, "uphold", DisputeStatus.REJECTED, "reject", DisputeStatus.WITHDRAWN, "withdraw");

    private final Grid<DisputeView> grid = new Grid<>();
    private final Map<DisputeStatus, Button> moves = new java.util.EnumMap<>(DisputeStatus.class);
    private final Button evidenceButton;

    DisputesSection(CreditRepairService credit, EvidenceService evidence, CaseDetails details, Clock clock,
            Runnable onChange) {
        setPadding(false);
        grid.setId("credit-disputes-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> d.filedOn().toString()).setHeader(getTranslation("creditrepair.dispute.filed"))
                .setAutoWidth(true);
        grid.addColumn(DisputeView::disputed).setHeader(getTranslation("creditrepair.dispute.text")).setFlexGrow(1);
        grid.addColumn(d -> getTranslation("creditrepair.party." + d.party())
                + (d.institution() == null ? "" : " · " + d.institution()))
                .setHeader(getTranslation("creditrepair.dispute.party")).setAutoWidth(true);
        grid.addColumn(d -> d.dueOn().toString()).setHeader(getTranslation("creditrepair.dispute.due"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("creditrepair.dispute.status"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.outcomeText() == null ? "" : d.outcomeText())
                .setHeader(getTranslation("creditrepair.dispute.outcome")).setFlexGrow(1);
        grid.setItemsPageable(p -> credit.disputes(details.id(), p).getContent());
        grid.addSelectionListener(selection -> enableMoves());

        Button file = new Button(getTranslation("creditrepair.dispute.new"), VaadinIcon.FLAG.create(),
                click -> new DisputeDialog(credit, details.id(), clock,
                        credit.entries(details.id(), PageRequest.of(0, 100)).getContent(), onChange).open());
        file.setId("credit-dispute-new");
        HorizontalLayout buttons = new HorizontalLayout(file);
        for (DisputeStatus to : BUTTONS.keySet().stream().sorted().toList()) {
            Button move = new Button(getTranslation("creditrepair.dispute." + BUTTONS.get(to)), click -> {
                DisputeView selected = grid.asSingleSelect().getValue();
                if (selected != null) {
                    new StepDialog(credit, details.id(), clock, selected, to, onChange).open();
                }
            });
            move.setId("credit-dispute-" + BUTTONS.get(to));
            move.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            moves.put(to, move);
            buttons.add(move);
        }
        evidenceButton = new Button(getTranslation("creditrepair.dispute.evidence"), VaadinIcon.PAPERCLIP.create(),
                click -> {
                    DisputeView selected = grid.asSingleSelect().getValue();
                    if (selected != null) {
                        Dialog dialog = new Dialog(Attachments.forDispute(evidence, details.id(), selected.id()));
                        dialog.setId("credit-dispute-evidence-dialog");
                        dialog.setHeaderTitle(getTranslation("creditrepair.dispute.evidence"));
                        dialog.open();
                    }
                });
        evidenceButton.setId("credit-dispute-evidence-open");
        evidenceButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        buttons.add(evidenceButton);
        add(new H4(getTranslation("creditrepair.disputes")), buttons, grid);
        enableMoves();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        grid.deselectAll();
        enableMoves();
    }

    private void enableMoves() {
        DisputeView selected = grid.asSingleSelect().getValue();
        moves.forEach((to, button) -> button.setEnabled(selected != null && selected.status().canMoveTo(to)));
        evidenceButton.setEnabled(selected != null);
    }

    private Span status(DisputeView d) {
        Span badge = new Span(getTranslation("creditrepair.status." + d.status())
                + (d.overdue() ? " · " + getTranslation("creditrepair.dispute.overdue") : ""));
        badge.getElement().getThemeList().add(d.overdue() ? "badge error primary" : "badge contrast");
        badge.getElement().setAttribute("data-status", d.status().name());
        if (d.overdue()) {
            badge.addClassName("credit-dispute-overdue");
        }
        return badge;
    }
}
