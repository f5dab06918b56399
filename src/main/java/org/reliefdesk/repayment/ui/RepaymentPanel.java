package org.reliefdesk.repayment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.reliefdesk.platform.Charts;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.repayment.ChosenPlan;
import org.reliefdesk.repayment.PlanComparison;
import org.reliefdesk.repayment.PlanDebt;
import org.reliefdesk.repayment.RepaymentPlanService;
import org.reliefdesk.repayment.Simulation;
import org.reliefdesk.repayment.Strategy;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.UserFacingException;

/**
 * The chosen plan on top, then the monthly amount to explore (the budget's by default, not
 * saved until a strategy is chosen), the three strategies as a table with a chart beside it,
 * and the debts as simulated.
 */
class RepaymentPanel extends VerticalLayout {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int NEVER_HORIZON = 60;

    private final RepaymentPlanService plans;
    private final long caseId;
    private final Paragraph current = new Paragraph();
    private final BigDecimalField monthly = new BigDecimalField();
    private final VerticalLayout compare = new VerticalLayout();
    private Optional<ChosenPlan> chosen = Optional.empty();

    RepaymentPanel(RepaymentPlanService plans, long caseId) {
        this.plans = plans;
        this.caseId = caseId;
        setPadding(false);
        current.setId("plan-current");
        monthly.setId("plan-monthly");
        monthly.setLabel(getTranslation("repayment.monthly"));
        monthly.setPrefixComponent(new Div("¥"));
        compare.setId("plan-compare");
        compare.setPadding(false);
        add(current, monthly, compare);
        showCurrent();
        PlanComparison initial = plans.compare(caseId, null);
        monthly.setValue(initial.monthly().amount());
        show(initial);
        monthly.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                recompute();
            }
        });
    }

    private void recompute() {
        try {
            show(plans.compare(caseId, monthly.getValue() == null ? Money.ZERO : Money.of(monthly.getValue())));
        } catch (UserFacingException refusal) {
            Notices.refused(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    private void showCurrent() {
        chosen = plans.plan(caseId);
        chosen.ifPresentOrElse(p -> {
            current.setText(getTranslation("repayment.current", strategyName(p.strategy()), p.monthly().format(),
                    p.months(), p.totalInterest().format(), LocalDate.ofInstant(p.chosenAt(), BEIJING).toString(),
                    p.chosenBy()));
            current.getElement().setAttribute("data-strategy", p.strategy().name());
        }, () -> {
            current.setText(getTranslation("repayment.noPlan"));
            current.getElement().removeAttribute("data-strategy");
        });
    }

    private void show(PlanComparison comparison) {
        compare.removeAll();
        if (comparison.debts().isEmpty()) {
            compare.add(new Paragraph(getTranslation("repayment.noDebts")));
            return;
        }
        compare.add(new Paragraph(comparison.available() == null ? getTranslation("repayment.noBudget")
                : getTranslation("repayment.available", comparison.available().format())));
        if (comparison.simulations().getFirst().interestNotCovered()) {
            Paragraph warning = new Paragraph(getTranslation("repayment.interestNotCovered"));
            warning.getStyle().set("color", "var(--lumo-error-text-color)");
            warning.setId("plan-interest-not-covered");
            compare.add(warning);
        }
        compare.add(table(comparison), chooseButtons(comparison), chart(comparison), debts(comparison),
                new Paragraph(getTranslation("repayment.rateNote")));
    }

    private Grid<Simulation> table(PlanComparison comparison) {
        Grid<Simulation> grid = new Grid<>();
        grid.setId("plan-table");
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> strategyName(s.strategy())).setHeader(getTranslation("repayment.column.strategy"))
                .setFlexGrow(1);
        grid.addColumn(s -> months(s)).setHeader(getTranslation("repayment.column.months")).setAutoWidth(true);
        grid.addColumn(s -> s.debtFree() ? s.totalPaid().format() : "—")
                .setHeader(getTranslation("repayment.column.totalPaid")).setAutoWidth(true);
        grid.addColumn(s -> s.debtFree() ? s.totalInterest().format() : "—")
                .setHeader(getTranslation("repayment.column.totalInterest")).setAutoWidth(true);
        grid.setItems(comparison.simulations());
        return grid;
    }

    /** One button per strategy under the table (plain components, so tests and screen readers find them). */
    private HorizontalLayout chooseButtons(PlanComparison comparison) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setId("plan-choose");
        buttons.setWrap(true);
        comparison.simulations().forEach(s -> buttons.add(chooseButton(s, comparison)));
        return buttons;
    }

    private Button chooseButton(Simulation s, PlanComparison comparison) {
        Button choose = new Button(getTranslation("repayment.chooseStrategy", strategyName(s.strategy())), click -> {
            try {
                plans.choose(caseId, chosen.map(ChosenPlan::version).orElse(null), s.strategy(),
                        comparison.monthly());
            } catch (UserFacingException refusal) {
                Notices.refused(getTranslation(refusal.messageKey(), refusal.arguments()));
                return;
            }
            Notices.saved(getTranslation("repayment.chosen", strategyName(s.strategy())));
            showCurrent();
            show(comparison);
        });
        choose.setId("plan-choose-" + s.strategy().name());
        choose.setEnabled(s.debtFree());
        if (chosen.map(p -> p.strategy() == s.strategy()).orElse(false)) {
            choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return choose;
    }

    private Div chart(PlanComparison comparison) {
        // Up to the slowest strategy that ends (5 years when none does), so a runaway "never" line does not
        // flatten the others.
        int horizon = comparison.simulations().stream().filter(Simulation::debtFree).mapToInt(Simulation::months)
                .max().orElse(NEVER_HORIZON);
        List<Charts.Series> lines = comparison.simulations().stream()
                .map(s -> new Charts.Series(strategyName(s.strategy()), s.remaining().stream()
                        .limit(horizon + 1L).map(Money::amount).toList()))
                .toList();
        Div chart = new Div(Charts.lines(getTranslation("repayment.chart.title"),
                getTranslation("repayment.chart.month"), getTranslation("repayment.chart.remaining"), lines));
        chart.setId("plan-chart");
        chart.setWidthFull();
        return chart;
    }

    private Grid<PlanDebt> debts(PlanComparison comparison) {
        Grid<PlanDebt> grid = new Grid<>();
        grid.setId("plan-debts");
        grid.setAllRowsVisible(true);
        grid.addColumn(PlanDebt::lenderName).setHeader(getTranslation("repayment.column.lender")).setFlexGrow(1);
        grid.addColumn(d -> d.balance().format()).setHeader(getTranslation("repayment.column.balance"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.ratePercent().stripTrailingZeros().toPlainString() + "%")
                .setHeader(getTranslation("repayment.column.rate")).setAutoWidth(true);
        for (Simulation s : comparison.simulations()) {
            grid.addColumn(d -> Optional.ofNullable(s.payoffMonth().get(d.id())).map(String::valueOf)
                    .orElse(getTranslation("repayment.never")))
                    .setHeader(getTranslation("repayment.column.payoff", strategyName(s.strategy())))
                    .setAutoWidth(true);
        }
        grid.setItems(comparison.debts());
        return grid;
    }

    private String months(Simulation s) {
        return s.debtFree() ? getTranslation("repayment.monthsValue", s.months()) : getTranslation("repayment.never");
    }

    private String strategyName(Strategy strategy) {
        return getTranslation("repayment.strategy." + strategy.name());
    }
}
