package org.reliefdesk.creditrepair.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.casefile.DebtResolution;
import org.reliefdesk.creditrepair.CreditCheckView;
import org.reliefdesk.creditrepair.CreditRepairService;
import org.reliefdesk.creditrepair.EntryKind;
import org.reliefdesk.creditrepair.NegativeEntryDraft;
import org.reliefdesk.creditrepair.NegativeEntryView;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.platform.Refusals;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.UserFacingException;

/**
 * Adds a negative entry found in a check, or corrects one. Choosing a settled debt fills in
 * its settlement date; the expiry follows from it on saving.
 */
class EntryDialog extends Dialog {

    private final Select<CreditCheckView> check = new Select<>();
    private final Select<DebtLine> debt = new Select<>();
    private final TextField lender = new TextField();
    private final Select<EntryKind> kind = new Select<>();
    private final TextField amount = new TextField();
    private final DatePicker settled = new DatePicker();
    private final Paragraph problem = new Paragraph();

    EntryDialog(CreditRepairService credit, CaseDetails details, List<CreditCheckView> checks,
            NegativeEntryView existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "creditrepair.entry.new" : "creditrepair.entry.details"));
        setId("credit-entry-dialog");
        setWidth("min(40rem, 100vw)");
        check.setLabel(getTranslation("creditrepair.entry.check"));
        check.setItems(checks);
        check.setItemLabelGenerator(c -> c.checkedOn() + " · " + getTranslation("creditrepair.source." + c.source()));
        check.setValue(checks.getFirst());
        check.setId("credit-entry-check");
        check.setEnabled(existing == null);
        debt.setLabel(getTranslation("creditrepair.entry.debt"));
        debt.setItems(details.debtsByPriority());
        debt.setEmptySelectionAllowed(true);
        debt.setEmptySelectionCaption(getTranslation("creditrepair.entry.otherLender"));
        debt.setItemLabelGenerator(d -> d == null ? getTranslation("creditrepair.entry.otherLender")
                : d.details().lenderName());
        debt.setId("credit-entry-debt");
        lender.setLabel(getTranslation("creditrepair.entry.lender"));
        lender.setMaxLength(200);
        lender.setId("credit-entry-lender");
        debt.addValueChangeListener(change -> {
            lender.setEnabled(change.getValue() == null);
            LocalDate settledOn = change.getValue() == null ? null : settledOn(change.getValue());
            if (change.isFromClient() || existing == null) {
                if (settledOn != null) {
                    settled.setValue(settledOn);
                }
            }
        });
        kind.setLabel(getTranslation("creditrepair.entry.kind"));
        kind.setItems(EntryKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("creditrepair.kind." + k));
        kind.setId("credit-entry-kind");
        amount.setLabel(getTranslation("creditrepair.entry.amount"));
        amount.setId("credit-entry-amount");
        settled.setLabel(getTranslation("creditrepair.entry.settled"));
        settled.setId("credit-entry-settled");
        problem.addClassName("rd-warning");
        if (existing == null) {
            kind.setValue(EntryKind.OVERDUE);
            lender.setEnabled(true);
        } else {
            debt.setValue(existing.debtId() == null ? null : details.debtsByPriority().stream()
                    .filter(d -> d.id() == existing.debtId()).findFirst().orElse(null));
            lender.setValue(existing.debtId() == null ? existing.lenderName() : "");
            kind.setValue(existing.kind());
            amount.setValue(existing.amount() == null ? "" : existing.amount().amount().toPlainString());
            settled.setValue(existing.settledOn());
        }
        FormLayout form = new FormLayout(check, debt, lender, kind, amount, settled);
        add(form, problem);
        Map<String, HasValidation> fields = Map.of("creditrepair.error.lender", lender, "creditrepair.error.kind",
                kind, "creditrepair.error.amount", amount, "validation.money.format", amount,
                "creditrepair.error.settledOn", settled);
        Button save = new Button(getTranslation("creditrepair.save"), click -> {
            Refusals.clear(fields, problem);
            try {
                NegativeEntryDraft draft = new NegativeEntryDraft(debt.getValue() == null ? null
                        : debt.getValue().id(), lender.getValue(), kind.getValue(), money(amount.getValue()),
                        settled.getValue());
                if (existing == null) {
                    credit.addEntry(details.id(), check.getValue().id(), draft);
                } else {
                    credit.correctEntry(details.id(), existing.id(), existing.version(), draft);
                }
            } catch (UserFacingException refusal) {
                Refusals.show(refusal, this, fields, problem);
                return;
            }
            Notices.saved(getTranslation("creditrepair.entry.saved"));
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("credit-entry-save");
        getFooter().add(new Button(getTranslation("creditrepair.cancel"), click -> close()), save);
    }

    /** The settlement date a settled debt of the case already has, to prefill. */
    static LocalDate settledOn(DebtLine debt) {
        return debt.resolution() == DebtResolution.SETTLED ? debt.resolvedOn() : null;
    }

    private static Money money(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Money money = Money.of(typed);
        if (money.isNegative()) {
            throw new InvalidValueException("creditrepair.error.amount");
        }
        return money;
    }
}
