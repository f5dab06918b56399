package org.reliefdesk.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.casefile.DebtResolution;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.UserFacingException;

/** Marks a debt settled (with the settlement date), excluded (with a reason) or open again. */
class ResolveDebtDialog extends Dialog {

    ResolveDebtDialog(CaseService cases, CaseDetails details, DebtLine debt, Consumer<CaseDetails> onChange) {
        setHeaderTitle(getTranslation("debt.resolve.title", debt.details().lenderName()));
        setId("debt-resolve-dialog");
        Select<DebtResolution> status = new Select<>();
        status.setLabel(getTranslation("debt.resolve.status"));
        status.setItems(DebtResolution.values());
        status.setItemLabelGenerator(r -> getTranslation("debt.resolution." + r));
        status.setValue(debt.resolution());
        status.setId("debt-resolution");
        DatePicker on = new DatePicker(getTranslation("debt.resolve.on"));
        on.setValue(debt.resolvedOn());
        on.setId("debt-resolved-on");
        TextField reason = new TextField(getTranslation("debt.resolve.reason"));
        reason.setMaxLength(500);
        reason.setValue(debt.resolutionReason() == null ? "" : debt.resolutionReason());
        reason.setId("debt-resolution-reason");
        add(new FormLayout(status, on, reason));

        Button save = new Button(getTranslation("debt.resolve.save"), click -> {
            on.setInvalid(false);
            reason.setInvalid(false);
            UserFacingException refusal = Feedback.applyOrRefusal(this, () -> cases.resolveDebt(details.id(),
                    debt.id(), details.version(), status.getValue(), on.getValue(), reason.getValue()), onChange);
            if (refusal == null) {
                close();
            } else if (refusal instanceof ConcurrentChangeException) {
                close();
                Feedback.error(this, refusal);
            } else {
                var field = "debt.error.settledOn".equals(refusal.messageKey()) ? on : null;
                if (field != null) {
                    field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
                    field.setInvalid(true);
                } else {
                    reason.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
                    reason.setInvalid(true);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("debt-resolution-save");
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }
}
