package org.reliefdesk.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.reliefdesk.agreement.AgreementService;
import org.reliefdesk.agreement.PaymentDraft;
import org.reliefdesk.agreement.PaymentMethod;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.UserFacingException;

/** Records a payment under a signed agreement; proof is attached to it afterwards from the payments list. */
class PaymentDialog extends Dialog {

    PaymentDialog(AgreementService agreements, long caseId, long agreementId, LocalDate today, Money suggested,
            Runnable onSaved) {
        setId("payment-dialog");
        setHeaderTitle(getTranslation("agreement.payment.new"));
        DatePicker date = new DatePicker(getTranslation("agreement.payment.date"), today);
        date.setId("payment-date");
        date.setMax(today);
        BigDecimalField amount = new BigDecimalField(getTranslation("agreement.payment.amount"));
        amount.setId("payment-amount");
        if (suggested != null) {
            amount.setValue(suggested.amount());
        }
        Select<PaymentMethod> method = new Select<>();
        method.setLabel(getTranslation("agreement.payment.method"));
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("agreement.method." + m));
        method.setValue(PaymentMethod.BANK_TRANSFER);
        method.setId("payment-method");
        TextField note = new TextField(getTranslation("agreement.payment.note"));
        note.setMaxLength(1000);
        note.setId("payment-note");
        Paragraph problem = new Paragraph();
        problem.addClassName("rd-warning");
        problem.setId("payment-problem");
        add(new FormLayout(date, amount, method, note), problem);
        Button save = new Button(getTranslation("agreement.save"), click -> {
            try {
                agreements.recordPayment(caseId, agreementId, new PaymentDraft(date.getValue(),
                        amount.getValue() == null ? null : Money.of(amount.getValue()), method.getValue(),
                        note.getValue()));
            } catch (UserFacingException refusal) {
                problem.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
                return;
            }
            Notices.saved(getTranslation("agreement.payment.saved"));
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("payment-save");
        getFooter().add(new Button(getTranslation("agreement.cancel"), click -> close()), save);
    }
}
