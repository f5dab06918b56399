package org.reliefdesk.casefile.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.UserFacingException;

/** Enters or edits one debt. The save callback returns the service's refusal, or null when saved. */
class DebtDialog extends Dialog {

    private final TextField lender = new TextField();
    private final Select<LenderType> lenderType = new Select<>();
    private final TextField product = new TextField();
    private final DatePicker contractDate = new DatePicker();
    private final BigDecimalField principal = money("debt.contractPrincipal", "debt-principal");
    private final BigDecimalField received = money("debt.amountReceived", "debt-received");
    private final BigDecimalField fees = money("debt.upfrontFees", "debt-fees");
    private final BigDecimalField rate = new BigDecimalField();
    private final Select<RateBasis> basis = new Select<>();
    private final IntegerField term = new IntegerField();
    private final BigDecimalField paid = money("debt.paidSoFar", "debt-paid");
    private final BigDecimalField outstandingPrincipal = money("debt.outstandingPrincipal", "debt-out-principal");
    private final BigDecimalField outstandingInterest = money("debt.outstandingInterest", "debt-out-interest");
    private final BigDecimalField outstandingPenalties = money("debt.outstandingPenalties", "debt-out-penalties");
    private final DatePicker overdueSince = new DatePicker();
    private final TextField collector = new TextField();
    private final Checkbox legalAction = new Checkbox();
    private final Paragraph problem = new Paragraph();

    /** Which field a refusal is about, so its message appears next to that field. */
    private HasValidation fieldFor(String messageKey) {
        return switch (messageKey) {
            case "debt.error.lenderName" -> lender;
            case "debt.error.lenderType" -> lenderType;
            case "debt.error.rateBasis" -> basis;
            case "debt.error.contractPrincipal" -> principal;
            case "debt.error.amountReceived" -> received;
            case "debt.error.nominalRate" -> rate;
            case "debt.error.termMonths" -> term;
            case "debt.error.contractDateFuture" -> contractDate;
            case "debt.error.overdueSinceFuture", "debt.error.overdueBeforeContract" -> overdueSince;
            default -> null;
        };
    }

    DebtDialog(DebtDetails existing, Function<DebtDetails, UserFacingException> save) {
        setHeaderTitle(getTranslation(existing == null ? "debt.add" : "debt.edit"));
        setId("debt-dialog");
        setWidth("min(56rem, 100vw)");
        lender.setLabel(getTranslation("debt.lender"));
        lender.setId("debt-lender");
        lenderType.setLabel(getTranslation("debt.lenderType"));
        lenderType.setItems(LenderType.values());
        lenderType.setItemLabelGenerator(t -> getTranslation("lender." + t));
        lenderType.setId("debt-lender-type");
        product.setLabel(getTranslation("debt.product"));
        contractDate.setLabel(getTranslation("debt.contractDate"));
        rate.setLabel(getTranslation("debt.nominalRate"));
        rate.setId("debt-rate");
        basis.setLabel(getTranslation("debt.rateBasis"));
        basis.setItems(RateBasis.values());
        basis.setItemLabelGenerator(b -> getTranslation("rate." + b));
        basis.setValue(RateBasis.ANNUAL);
        basis.setId("debt-rate-basis");
        term.setLabel(getTranslation("debt.termMonths"));
        overdueSince.setLabel(getTranslation("debt.overdueSince"));
        overdueSince.setId("debt-overdue-since");
        collector.setLabel(getTranslation("debt.collector"));
        legalAction.setLabel(getTranslation("debt.legalAction"));
        legalAction.setId("debt-legal-action");
        problem.addClassName("rd-warning");
        problem.setId("debt-problem");
        if (existing != null) {
            fill(existing);
        }
        FormLayout form = new FormLayout(lender, lenderType, product, contractDate, principal, received, fees, rate,
                basis, term, paid, outstandingPrincipal, outstandingInterest, outstandingPenalties, overdueSince,
                collector, legalAction);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 3));
        add(form, problem);
        Button saveButton = new Button(getTranslation("debt.save"), click -> {
            List.<HasValidation>of(lender, lenderType, basis, principal, received, rate, term, contractDate,
                    overdueSince)
                    .forEach(field -> field.setInvalid(false));
            problem.setText("");
            UserFacingException refusal = save.apply(details());
            if (refusal == null) {
                close();
                return;
            }
            if (refusal instanceof ConcurrentChangeException) {
                Feedback.error(this, refusal);
                return;
            }
            String message = getTranslation(refusal.messageKey(), refusal.arguments());
            HasValidation field = fieldFor(refusal.messageKey());
            if (field == null) {
                problem.setText(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setId("debt-save");
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), saveButton);
    }

    private DebtDetails details() {
        return new DebtDetails(lender.getValue(), lenderType.getValue(), product.getValue(), contractDate.getValue(),
                amount(principal), amount(received), amount(fees), rate.getValue() == null ? BigDecimal.ZERO
                        : rate.getValue(), basis.getValue(), term.getValue(), amount(paid),
                amount(outstandingPrincipal), amount(outstandingInterest), amount(outstandingPenalties),
                overdueSince.getValue(), collector.getValue().isBlank() ? null : collector.getValue().strip(),
                legalAction.getValue());
    }

    private void fill(DebtDetails d) {
        lender.setValue(d.lenderName());
        lenderType.setValue(d.lenderType());
        product.setValue(d.product() == null ? "" : d.product());
        contractDate.setValue(d.contractDate());
        principal.setValue(d.contractPrincipal().amount());
        received.setValue(d.amountReceived().amount());
        fees.setValue(d.upfrontFees().amount());
        rate.setValue(d.nominalRate());
        basis.setValue(d.rateBasis());
        term.setValue(d.termMonths());
        paid.setValue(d.paidSoFar().amount());
        outstandingPrincipal.setValue(d.outstandingPrincipal().amount());
        outstandingInterest.setValue(d.outstandingInterest().amount());
        outstandingPenalties.setValue(d.outstandingPenalties().amount());
        overdueSince.setValue(d.overdueSince());
        collector.setValue(d.collectorAgency() == null ? "" : d.collectorAgency());
        legalAction.setValue(d.legalAction());
    }

    /** An empty amount field means zero; the service decides whether zero is acceptable. */
    private static Money amount(BigDecimalField field) {
        return field.getValue() == null ? Money.ZERO : Money.of(field.getValue());
    }

    private BigDecimalField money(String labelKey, String id) {
        BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }
}
