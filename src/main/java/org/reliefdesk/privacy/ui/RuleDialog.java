package org.reliefdesk.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.privacy.PrivacyService;
import org.reliefdesk.shared.UserFacingException;

/** A new row of the answer period from a date on; earlier requests keep their due dates. */
class RuleDialog extends Dialog {

    RuleDialog(PrivacyService privacy, Runnable added) {
        setHeaderTitle(getTranslation("privacy.rule.new"));
        setId("privacy-rule-dialog");
        DatePicker from = new DatePicker(getTranslation("privacy.rule.from"));
        from.setId("privacy-rule-from");
        IntegerField days = new IntegerField(getTranslation("privacy.rule.days"));
        days.setMin(1);
        days.setMax(365);
        days.setId("privacy-rule-days");
        TextArea source = new TextArea(getTranslation("privacy.rule.source"));
        source.setMaxLength(1000);
        source.setId("privacy-rule-source");
        Checkbox verified = new Checkbox(getTranslation("privacy.rule.verified"));
        verified.setId("privacy-rule-verified");
        FormLayout form = new FormLayout(from, days, source, verified);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("privacy.admin.save"), click -> {
            try {
                privacy.addRule(from.getValue(), days.getValue() == null ? 0 : days.getValue(), source.getValue(),
                        verified.getValue());
                Notices.saved(getTranslation("privacy.admin.saved"));
                close();
                added.run();
            } catch (UserFacingException e) {
                Notices.refused(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("privacy-rule-save");
        getFooter().add(new Button(getTranslation("privacy.cancel"), click -> close()), save);
    }
}
