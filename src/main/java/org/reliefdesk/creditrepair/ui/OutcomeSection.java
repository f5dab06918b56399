package org.reliefdesk.creditrepair.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Optional;
import org.reliefdesk.creditrepair.CreditOutcome;
import org.reliefdesk.creditrepair.CreditRepairService;
import org.reliefdesk.creditrepair.OutcomeDraft;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.platform.Refusals;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.UserFacingException;

/** The outcome summary closing the case needs: shown when recorded, recorded or corrected in a dialog. */
class OutcomeSection extends VerticalLayout {

    private final transient CreditRepairService credit;
    private final long caseId;
    private final Span shown = new Span();

    OutcomeSection(CreditRepairService credit, long caseId) {
        this.credit = credit;
        this.caseId = caseId;
        setPadding(false);
        shown.setId("credit-outcome-summary");
        Button record = new Button(getTranslation("creditrepair.outcome.record"), click -> open());
        record.setId("credit-outcome");
        add(new H4(getTranslation("creditrepair.outcome")), shown, record);
        refresh();
    }

    static String text(CreditOutcome o, com.vaadin.flow.component.Component in) {
        return in.getTranslation("creditrepair.outcome.shown", o.debtsSettled(), o.amountWaived().amount()
                .toPlainString(), o.monthsTaken(), o.summary());
    }

    private void refresh() {
        shown.setText(credit.outcome(caseId).map(o -> text(o, this))
                .orElse(getTranslation("creditrepair.outcome.none")));
    }

    private void open() {
        Optional<CreditOutcome> existing = credit.outcome(caseId);
        OutcomeDraft prefill = credit.outcomePrefill(caseId);
        Dialog dialog = new Dialog();
        dialog.setId("credit-outcome-dialog");
        dialog.setHeaderTitle(getTranslation("creditrepair.outcome"));
        IntegerField settled = new IntegerField(getTranslation("creditrepair.outcome.settled"));
        settled.setMin(0);
        settled.setValue(prefill.debtsSettled());
        settled.setId("credit-outcome-settled");
        TextField waived = new TextField(getTranslation("creditrepair.outcome.waived"));
        waived.setValue(prefill.amountWaived() == null ? "" : prefill.amountWaived().amount().toPlainString());
        waived.setId("credit-outcome-waived");
        IntegerField months = new IntegerField(getTranslation("creditrepair.outcome.months"));
        months.setMin(0);
        months.setValue(prefill.monthsTaken());
        months.setId("credit-outcome-months");
        TextArea text = new TextArea(getTranslation("creditrepair.outcome.text"));
        text.setMaxLength(2000);
        text.setValue(prefill.summary());
        text.setId("credit-outcome-text");
        Paragraph problem = new Paragraph();
        problem.addClassName("rd-warning");
        FormLayout form = new FormLayout(settled, waived, months, text);
        form.setColspan(text, 2);
        dialog.add(form, problem);
        Map<String, HasValidation> fields = Map.of("creditrepair.error.debtsSettled", settled,
                "creditrepair.error.amountWaived", waived, "validation.money.format", waived,
                "creditrepair.error.monthsTaken", months, "creditrepair.error.summary", text);
        Button save = new Button(getTranslation("creditrepair.save"), click -> {
            Refusals.clear(fields, problem);
            try {
                if (waived.getValue().isBlank()) {
                    throw new InvalidValueException("creditrepair.error.amountWaived");
                }
                credit.recordOutcome(caseId, existing.map(CreditOutcome::version).orElse(null), new OutcomeDraft(
                        settled.getValue() == null ? -1 : settled.getValue(), Money.of(waived.getValue()),
                        months.getValue() == null ? -1 : months.getValue(), text.getValue()));
            } catch (UserFacingException refusal) {
                Refusals.show(refusal, dialog, fields, problem);
                return;
            }
            Notices.saved(getTranslation("creditrepair.outcome.saved"));
            dialog.close();
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("credit-outcome-save");
        dialog.getFooter().add(new Button(getTranslation("creditrepair.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
