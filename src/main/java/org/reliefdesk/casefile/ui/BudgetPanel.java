package org.reliefdesk.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.reliefdesk.casefile.Budget;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.ExpenseCategory;
import org.reliefdesk.shared.Money;

/** The household budget: lines edited here, saved together, figures computed by {@link Budget}. */
class BudgetPanel extends VerticalLayout {

    private final List<Budget.Line> lines = new ArrayList<>();
    private final Grid<Budget.Line> grid = new Grid<>();
    private final VerticalLayout figures = new VerticalLayout();
    private final IntegerField dependants = new IntegerField();
    private final BigDecimalField emergencyFund = new BigDecimalField();

    BudgetPanel(CaseService cases, CaseDetails details, Consumer<CaseDetails> onChange) {
        setPadding(false);
        if (details.budget() != null) {
            lines.addAll(details.budget().lines());
        }
        grid.setId("budget-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(l -> l.income() ? getTranslation("budget.income") : getTranslation("expense." + l.category()))
                .setHeader(getTranslation("budget.kind"));
        grid.addColumn(Budget.Line::label).setHeader(getTranslation("budget.label"));
        grid.addColumn(l -> l.monthly().format()).setHeader(getTranslation("budget.monthly"));
        grid.addComponentColumn(l -> new Button(getTranslation("budget.remove"), click -> {
            lines.remove(l);
            refresh();
        })).setHeader("");

        dependants.setLabel(getTranslation("budget.dependants"));
        dependants.setMin(0);
        dependants.setValue(details.budget() == null ? 0 : details.budget().dependants());
        dependants.setId("budget-dependants");
        dependants.addValueChangeListener(e -> refresh());
        emergencyFund.setLabel(getTranslation("budget.emergencyFund"));
        emergencyFund.setPrefixComponent(new Span("¥"));
        emergencyFund.setValue(details.budget() == null || details.budget().emergencyFund() == null ? null
                : details.budget().emergencyFund().amount());
        emergencyFund.setId("budget-emergency-fund");
        emergencyFund.addValueChangeListener(e -> refresh());

        Button save = new Button(getTranslation("budget.save"), click -> Feedback.apply(this,
                () -> cases.saveBudget(details.id(), details.version(), budget()), onChange));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-budget");
        add(new H3(getTranslation("budget.title")), grid, lineForm(), new HorizontalLayout(dependants, emergencyFund),
                save, figures);
        refresh();
    }

    private HorizontalLayout lineForm() {
        Select<String> kind = new Select<>();
        kind.setLabel(getTranslation("budget.kind"));
        List<String> kinds = new ArrayList<>(List.of("INCOME"));
        for (ExpenseCategory category : ExpenseCategory.values()) {
            kinds.add(category.name());
        }
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> "INCOME".equals(k) ? getTranslation("budget.income")
                : getTranslation("expense." + k));
        kind.setValue("INCOME");
        kind.setId("budget-line-kind");
        TextField label = new TextField(getTranslation("budget.label"));
        label.setId("budget-line-label");
        BigDecimalField amount = new BigDecimalField(getTranslation("budget.monthly"));
        amount.setId("budget-line-amount");
        Button addLine = new Button(getTranslation("budget.addLine"), click -> {
            BigDecimal value = amount.getValue();
            if (label.isEmpty() || value == null || value.signum() < 0) {
                amount.setErrorMessage(getTranslation("budget.error.amount"));
                amount.setInvalid(value == null || value.signum() < 0);
                label.setErrorMessage(getTranslation("budget.error.label"));
                label.setInvalid(label.isEmpty());
                return;
            }
            boolean income = "INCOME".equals(kind.getValue());
            lines.add(new Budget.Line(income, income ? null : ExpenseCategory.valueOf(kind.getValue()),
                    label.getValue().strip(), Money.of(value)));
            label.clear();
            amount.clear();
            label.setInvalid(false);
            amount.setInvalid(false);
            refresh();
        });
        addLine.setId("budget-add-line");
        HorizontalLayout form = new HorizontalLayout(kind, label, amount, addLine);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Budget budget() {
        return new Budget(lines, dependants.getValue() == null ? -1 : dependants.getValue(), fund());
    }

    /** The fund as typed, to the fen; empty means not recorded. */
    private Money fund() {
        return emergencyFund.getValue() == null ? null
                : Money.of(emergencyFund.getValue().setScale(2, RoundingMode.HALF_EVEN));
    }

    private void refresh() {
        grid.setItems(lines);
        Budget budget = new Budget(lines, dependants.getValue() == null ? 0 : dependants.getValue(), fund());
        figures.removeAll();
        figures.setPadding(false);
        figures.setId("budget-figures");
        figures.add(new Paragraph(getTranslation("budget.totalIncome", budget.totalIncome().format())),
                new Paragraph(getTranslation("budget.essential", budget.essentialSpending().format())),
                new Paragraph(getTranslation("budget.available", budget.availableForDebts().format())));
        if (budget.emergencyFundMonths() != null) {
            Paragraph months = new Paragraph(getTranslation("budget.emergencyFundMonths",
                    budget.emergencyFundMonths().setScale(1, RoundingMode.HALF_EVEN)));
            if (budget.emergencyFundMonths().compareTo(BigDecimal.valueOf(3)) < 0) {
                months.addClassName("rd-warning");
            }
            months.setId("budget-emergency-months");
            figures.add(months);
        }
        if (budget.livingCostShare() != null) {
            Paragraph share = new Paragraph(getTranslation("budget.share",
                    budget.livingCostShare().movePointRight(2).setScale(1, RoundingMode.HALF_EVEN)));
            if (budget.livingCostsAboveHalf()) {
                share.setText(share.getText() + " " + getTranslation("budget.shareWarning"));
                share.addClassName("rd-warning");
            }
            figures.add(share, new Paragraph(getTranslation("budget.fiftyThirtyTwenty",
                    budget.needsTarget().format(), budget.wantsTarget().format(),
                    budget.savingsAndDebtsTarget().format())));
        }
    }
}
