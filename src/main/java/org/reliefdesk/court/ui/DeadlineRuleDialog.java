package org.reliefdesk.court.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.reliefdesk.court.CourtDeadlineRule;
import org.reliefdesk.court.CourtDeadlineRuleDraft;
import org.reliefdesk.court.CourtDeadlineRuleService;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.UserFacingException;

/** "New version from date": a copy of the latest version of a type, saved as a new row. */
class DeadlineRuleDialog extends Dialog {

    DeadlineRuleDialog(CourtDeadlineRuleService rules, CourtDeadlineRule base, LocalDate today, Runnable onSaved) {
        setHeaderTitle(getTranslation("court.rules.newVersionOf", getTranslation("court.type." + base.type())));
        setId("court-rule-dialog");
        setWidth("min(52rem, 100vw)");
        DatePicker from = new DatePicker(getTranslation("court.rules.from"));
        from.setValue(today.plusDays(1));
        from.setId("court-rule-from");
        IntegerField days = new IntegerField(getTranslation("court.rules.days"));
        days.setMin(1);
        days.setMax(365);
        days.setHelperText(getTranslation("court.rules.daysHint"));
        days.setValue(base.responseDays());
        days.setId("court-rule-days");
        TextField responseZh = field("court.rules.responseZh", "court-rule-response-zh", base.responseZh());
        TextField responseEn = field("court.rules.responseEn", "court-rule-response-en", base.responseEn());
        TextArea textZh = area("court.rules.textZh", "court-rule-text-zh", base.textZh());
        TextArea textEn = area("court.rules.textEn", "court-rule-text-en", base.textEn());
        TextArea source = area("court.rules.source", "court-rule-source", base.source());
        source.setHelperText(getTranslation("court.rules.sourceHint"));
        Paragraph problem = new Paragraph();
        problem.addClassName("rd-warning");
        problem.setId("court-rule-problem");
        FormLayout form = new FormLayout(from, days, responseZh, responseEn, textZh, textEn, source);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(source, 2);
        add(form, problem);

        Button save = new Button(getTranslation("court.save"), click -> {
            problem.setText("");
            try {
                rules.newVersion(new CourtDeadlineRuleDraft(base.type(), from.getValue(), days.getValue(),
                        responseZh.getValue(), responseEn.getValue(), textZh.getValue(), textEn.getValue(),
                        source.getValue()));
            } catch (UserFacingException refusal) {
                problem.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
                return;
            }
            Notices.saved(getTranslation("court.rules.saved"));
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("court-rule-save");
        Button cancel = new Button(getTranslation("court.cancel"), click -> close());
        cancel.setId("court-rule-cancel");
        getFooter().add(cancel, save);
    }

    private TextField field(String labelKey, String id, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value);
        field.setId(id);
        return field;
    }

    private TextArea area(String labelKey, String id, String value) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setValue(value);
        area.setMaxLength(1000);
        area.setId(id);
        return area;
    }
}
