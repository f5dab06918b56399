package org.reliefdesk.rates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Supplier;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.rates.DebtTrueCost;
import org.reliefdesk.rates.RepaymentMethod;
import org.reliefdesk.rates.RepaymentPlan;
import org.reliefdesk.rates.RepaymentStructure;
import org.reliefdesk.rates.TrueCostService;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.UserFacingException;

/** Enters a debt's repayment method, or the payments typed from its plan. A refusal is shown and nothing is saved. */
class PlanDialog extends Dialog {

    private final TrueCostService service;
    private final long caseId;
    private final long debtId;
    private final Runnable onSaved;
    private final Select<RepaymentMethod> method = new Select<>();
    private final DatePicker firstDue = new DatePicker();
    private final BigDecimalField fee = new BigDecimalField();
    private final IntegerField termDays = new IntegerField();
    private final TextArea flows = new TextArea();
    private final Paragraph problem = new Paragraph();
    private Long version;

    PlanDialog(TrueCostService service, long caseId, DebtTrueCost debt, Runnable onSaved) {
        this.service = service;
        this.caseId = caseId;
        this.debtId = debt.debtId();
        this.onSaved = onSaved;
        setId("rates-dialog");
        setHeaderTitle(getTranslation("rates.dialog.title", debt.lenderName()));
        setWidth("min(48rem, 100vw)");
        method.setLabel(getTranslation("rates.method"));
        method.setItems(RepaymentMethod.values());
        method.setEmptySelectionAllowed(true);
        method.setEmptySelectionCaption(getTranslation("rates.method.none"));
        method.setItemLabelGenerator(m -> m == null ? getTranslation("rates.method.none")
                : getTranslation("rates.method." + m));
        method.setId("rates-method");
        firstDue.setLabel(getTranslation("rates.firstDue"));
        firstDue.setId("rates-first-due");
        fee.setLabel(getTranslation("rates.fee"));
        fee.setId("rates-fee");
        termDays.setLabel(getTranslation("rates.termDays"));
        termDays.setId("rates-term-days");
        flows.setLabel(getTranslation("rates.flows"));
        flows.setPlaceholder(getTranslation("rates.flows.placeholder"));
        flows.setWidthFull();
        flows.setMinHeight("10rem");
        flows.setId("rates-flows");
        problem.addClassName("rd-warning");
        problem.setId("rates-problem");

        RepaymentPlan plan = service.plan(caseId, debtId);
        version = plan.version();
        if (plan.structure() != null) {
            method.setValue(plan.structure().method());
            firstDue.setValue(plan.structure().firstDueDate());
            fee.setValue(plan.structure().feePerInstalment().amount());
            termDays.setValue(plan.structure().termDays());
        }
        flows.setValue(FlowText.format(plan.flows()));
        showFieldsOf(method.getValue());
        method.addValueChangeListener(change -> showFieldsOf(change.getValue()));

        Button saveStructure = new Button(getTranslation("rates.saveStructure"), click -> save(() ->
                service.saveStructure(caseId, debtId, version, structure())));
        saveStructure.setId("rates-save-structure");
        FormLayout form = new FormLayout(method, firstDue, fee, termDays);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        Button saveFlows = new Button(getTranslation("rates.saveFlows"), click -> save(() ->
                service.saveFlows(caseId, debtId, version, FlowText.parse(flows.getValue()))));
        saveFlows.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveFlows.setId("rates-save-flows");
        add(new Paragraph(getTranslation("rates.dialog.help")), form, saveStructure, flows, saveFlows, problem);
        Button close = new Button(getTranslation("common.cancel"), click -> close());
        close.setId("rates-close");
        getFooter().add(close);
    }

    /** Only the fields the method uses: the term in days for one payment, the first due date for instalments. */
    private void showFieldsOf(RepaymentMethod chosen) {
        termDays.setVisible(chosen == RepaymentMethod.BULLET);
        firstDue.setVisible(chosen != RepaymentMethod.BULLET);
    }

    private RepaymentStructure structure() {
        RepaymentMethod chosen = method.getValue();
        if (chosen == null) {
            return null;
        }
        boolean bullet = chosen == RepaymentMethod.BULLET;
        return new RepaymentStructure(chosen, bullet ? null : firstDue.getValue(),
                fee.getValue() == null ? Money.ZERO : Money.of(fee.getValue()), bullet ? termDays.getValue() : null);
    }

    private void save(Supplier<DebtTrueCost> change) {
        problem.setText("");
        try {
            change.get();
        } catch (UserFacingException refusal) {
            problem.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
            return;
        }
        version = service.plan(caseId, debtId).version();
        Notices.saved(getTranslation("rates.saved"));
        onSaved.run();
        close();
    }
}
