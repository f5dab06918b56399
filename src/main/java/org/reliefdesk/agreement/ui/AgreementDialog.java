package org.reliefdesk.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Function;
import org.reliefdesk.agreement.AgreementDraft;
import org.reliefdesk.agreement.AgreementView;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.UserFacingException;

/** Drafts an agreement from an accepted proposal, or revises a draft (each save a new revision). */
class AgreementDialog extends Dialog {

    private final DatePicker firstDue = new DatePicker();
    private final IntegerField graceDays = new IntegerField();
    private final IntegerField lapseAfter = new IntegerField();
    private final TextField registeredName = new TextField();
    private final Paragraph problem = new Paragraph();

    AgreementDialog(AgreementView existing, LocalDate suggestedFirstDue, String lenderName,
            Function<AgreementDraft, AgreementView> save, Runnable onSaved) {
        setId("agreement-dialog");
        setHeaderTitle(getTranslation(existing == null ? "agreement.new" : "agreement.revise"));
        setWidth("min(40rem, 100vw)");
        firstDue.setLabel(getTranslation("agreement.firstDue"));
        firstDue.setId("agreement-first-due");
        graceDays.setLabel(getTranslation("agreement.graceDays"));
        graceDays.setId("agreement-grace-days");
        graceDays.setMin(0);
        graceDays.setStepButtonsVisible(true);
        lapseAfter.setLabel(getTranslation("agreement.lapseAfter"));
        lapseAfter.setId("agreement-lapse-after");
        lapseAfter.setMin(1);
        lapseAfter.setStepButtonsVisible(true);
        registeredName.setLabel(getTranslation("agreement.registeredName"));
        registeredName.setId("agreement-lender-registered-name");
        registeredName.setMaxLength(200);
        problem.addClassName("rd-warning");
        problem.setId("agreement-problem");
        if (existing == null) {
            firstDue.setValue(suggestedFirstDue);
            graceDays.setValue(3);
            lapseAfter.setValue(2);
            registeredName.setValue(lenderName);
        } else {
            firstDue.setValue(existing.firstDue());
            graceDays.setValue(existing.graceDays());
            lapseAfter.setValue(existing.lapseAfterMissed());
            registeredName.setValue(existing.registeredName());
        }
        FormLayout form = new FormLayout(registeredName, firstDue, graceDays, lapseAfter);
        add(form, problem);
        Button ok = new Button(getTranslation("agreement.save"), click -> {
            try {
                save.apply(new AgreementDraft(registeredName.getValue(), firstDue.getValue(),
                        graceDays.getValue() == null ? -1 : graceDays.getValue(),
                        lapseAfter.getValue() == null ? 0 : lapseAfter.getValue()));
            } catch (UserFacingException refusal) {
                problem.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
                return;
            }
            Notices.saved(getTranslation("agreement.saved"));
            close();
            onSaved.run();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("agreement-save");
        Button cancel = new Button(getTranslation("agreement.cancel"), click -> close());
        getFooter().add(cancel, ok);
    }
}
