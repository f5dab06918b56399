package org.reliefdesk.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.RoundingMode;
import java.util.function.Consumer;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtLine;

/** The debt list, most urgent first, with totals; a row opens the debt for editing. */
class DebtsPanel extends VerticalLayout {

    DebtsPanel(CaseService cases, CaseDetails details, Consumer<CaseDetails> onChange) {
        setPadding(false);
        Grid<DebtLine> grid = new Grid<>();
        grid.setId("debt-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> d.details().lenderName()).setHeader(getTranslation("debt.lender")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("lender." + d.details().lenderType())).setHeader(getTranslation("debt.lenderType"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.details().nominalRate().stripTrailingZeros().toPlainString() + "% / "
                + getTranslation("rate." + d.details().rateBasis())).setHeader(getTranslation("debt.rate"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.trueAnnualPercent() == null ? "—"
                : d.trueAnnualPercent().setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%")
                .setHeader(getTranslation("debt.trueRate")).setAutoWidth(true);
        grid.addColumn(d -> d.details().outstanding().format()).setHeader(getTranslation("debt.outstanding"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.details().overdueSince() == null ? "—" : String.valueOf(d.daysOverdue()))
                .setHeader(getTranslation("caseload.daysOverdue")).setAutoWidth(true);
        grid.addColumn(d -> d.details().legalAction() ? getTranslation("debt.legalAction") : "")
                .setHeader(getTranslation("caseload.urgency")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("debt.resolution." + d.resolution())
                        + (d.resolvedOn() == null ? "" : " " + d.resolvedOn()))
                .setHeader(getTranslation("debt.resolution")).setAutoWidth(true);
        Grid.Column<DebtLine> resolve = grid.addComponentColumn(d -> {
            Button button = new Button(getTranslation("debt.resolve"),
                    click -> new ResolveDebtDialog(cases, details, d, onChange).open());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.setId("debt-resolve-" + d.id());
            return button;
        }).setAutoWidth(true);
        grid.setItems(details.debtsByPriority());
        grid.addItemClickListener(click -> {
            if (click.getColumn() == resolve) {
                return; // its button opens the status dialog
            }
            new DebtDialog(click.getItem().details(), debt -> Feedback.applyOrRefusal(this,
                    () -> cases.updateDebt(details.id(), details.version(), click.getItem().id(), debt), onChange))
                    .open();
        });

        Button add = new Button(getTranslation("debt.add"), VaadinIcon.PLUS.create(),
                click -> new DebtDialog(null, debt -> Feedback.applyOrRefusal(this,
                        () -> cases.addDebt(details.id(), details.version(), debt), onChange)).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-debt");
        Paragraph total = new Paragraph(getTranslation("debt.total", details.debtsByPriority().size(),
                details.totalOutstanding().format()));
        total.setId("debt-total");
        add(add, grid, total);
    }
}
