package org.reliefdesk.rates.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.rates.CaseTrueCost;
import org.reliefdesk.rates.DebtTrueCost;
import org.reliefdesk.rates.LegalLine;
import org.reliefdesk.rates.LineCheck;
import org.reliefdesk.rates.TrueCostService;
import org.reliefdesk.rates.TrueRate;
import org.reliefdesk.rates.UpfrontDeduction;

/** Each debt's true rate against its legal lines, the excess, 砍头息, and the rules in plain words. */
class TrueCostPanel extends VerticalLayout {

    private final TrueCostService service;
    private final CaseDetails details;
    private final Grid<DebtTrueCost> grid = new Grid<>();
    private final Paragraph total = new Paragraph();

    TrueCostPanel(TrueCostService service, CaseDetails details) {
        this.service = service;
        this.details = details;
        setPadding(false);
        setId("rates-panel");
        grid.setId("rates-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(DebtTrueCost::lenderName).setHeader(getTranslation("rates.lender")).setAutoWidth(true);
        grid.addColumn(d -> rate(d.rate(), Figure.APR)).setHeader(getTranslation("rates.trueApr")).setAutoWidth(true);
        grid.addColumn(d -> rate(d.rate(), Figure.EAR)).setHeader(getTranslation("rates.trueEar")).setAutoWidth(true);
        grid.addColumn(d -> rate(d.rate(), Figure.LINE)).setHeader(getTranslation("rates.lineRate"))
                .setAutoWidth(true);
        grid.addColumn(this::lines).setHeader(getTranslation("rates.lines")).setAutoWidth(true);
        grid.addColumn(d -> d.excess().format()).setHeader(getTranslation("rates.excess")).setAutoWidth(true);
        grid.addItemClickListener(click -> edit(click.getItem()));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::explanation));
        grid.setDetailsVisibleOnClick(false);
        total.setId("rates-total");
        add(grid, total);
        reload();
    }

    private void reload() {
        CaseTrueCost cost = service.forCase(details.id());
        grid.setItems(cost.debts());
        cost.debts().forEach(d -> grid.setDetailsVisible(d, true));
        total.setText(cost.debts().isEmpty() ? getTranslation("rates.noDebts")
                : getTranslation("rates.caseTotal", cost.totalExcess().format()));
    }

    private void edit(DebtTrueCost debt) {
        new PlanDialog(service, details.id(), debt, this::reload).open();
    }

    /** In the row's details rather than a grid cell, so it is a plain component a browser test can find by id. */
    private Button editButton(DebtTrueCost debt) {
        Button edit = new Button(getTranslation("rates.edit"), click -> edit(debt));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setId("rates-edit-" + debt.debtId());
        return edit;
    }

    private enum Figure { APR, EAR, LINE }

    private static final BigDecimal EAR_SHOWN_UP_TO = new BigDecimal("100000");

    private String rate(TrueRate rate, Figure figure) {
        if (!rate.exists()) {
            return figure == Figure.APR ? getTranslation("rates.status." + rate.status()) : "—";
        }
        BigDecimal value = switch (figure) {
            case APR -> rate.nominalAprPercent();
            case EAR -> rate.effectiveAnnualPercent();
            case LINE -> rate.linePercent();
        };
        if (figure == Figure.EAR && value.compareTo(EAR_SHOWN_UP_TO) > 0) {
            // Compounded over a year, a one-week loan's cost runs to eleven digits: true, but it hides the point.
            return "> " + percent(EAR_SHOWN_UP_TO);
        }
        String shown = percent(value);
        // The APR and EAR of an absurd rate are bounds; the simple line rate is computed on its own and exact.
        return rate.status() == TrueRate.Status.ABSURD && figure != Figure.LINE ? "> " + shown : shown;
    }

    private String percent(BigDecimal value) {
        return getTranslation("rates.percent", value.setScale(2, RoundingMode.HALF_EVEN).toPlainString());
    }

    private String lines(DebtTrueCost debt) {
        return debt.lines().stream().filter(c -> c.line().isLimit())
                .map(c -> getTranslation(c.exceeded() ? "rates.line.exceeded" : "rates.line.within",
                        getTranslation("rates.line.name." + c.line().code()),
                        c.line().ratePercent().toPlainString(), c.excess().format()))
                .collect(Collectors.joining("；"));
    }

    private Component explanation(DebtTrueCost debt) {
        Div box = new Div();
        box.setId("rates-explain-" + debt.debtId());
        box.add(editButton(debt));
        box.add(new Paragraph(getTranslation("rates.basis") + ": " + getTranslation("rates.basis." + debt.basis())));
        TrueRate rate = debt.rate();
        if (rate.exists() && !percent(rate.linePercent()).equals(percent(rate.nominalAprPercent()))) {
            Paragraph basis = new Paragraph(getTranslation("rates.lineRate.explain", percent(rate.linePercent()),
                    (rate.status() == TrueRate.Status.ABSURD ? "> " : "") + percent(rate.nominalAprPercent())));
            basis.setId("rates-line-rate-" + debt.debtId());
            box.add(basis);
        }
        UpfrontDeduction upfront = debt.upfront();
        if (upfront.deducted()) {
            Paragraph note = new Paragraph(getTranslation("rates.kantouxi",
                    upfront.legalPrincipal().plus(upfront.withheld()).format(), upfront.legalPrincipal().format(),
                    upfront.withheld().format(), upfront.recomputedOutstandingPrincipal().format(),
                    upfront.recomputedOutstandingPrincipal().plus(upfront.withheld()).format()));
            note.setId("rates-kantouxi-" + debt.debtId());
            note.addClassName("rd-warning");
            box.add(note);
        }
        for (LineCheck check : debt.lines()) {
            LegalLine line = check.line();
            box.add(new Paragraph(getTranslation("rates.line.explain." + line.code(),
                    line.ratePercent() == null ? "" : line.ratePercent().toPlainString(),
                    line.lprPercent() == null ? "" : line.lprPercent().toPlainString())
                    + " " + getTranslation("rates.rule", line.rule(getLocale()))));
        }
        return box;
    }
}
