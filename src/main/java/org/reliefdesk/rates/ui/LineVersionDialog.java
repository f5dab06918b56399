package org.reliefdesk.rates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.rates.LegalLine;
import org.reliefdesk.rates.LegalLineVersion;
import org.reliefdesk.rates.LineDraft;
import org.reliefdesk.rates.RateReferenceService;
import org.reliefdesk.shared.UserFacingException;

/** "New version from date" of one legal line: its rate (or LPR multiple) and the rule it comes from. */
class LineVersionDialog extends Dialog {

    LineVersionDialog(RateReferenceService reference, LegalLineVersion base, Runnable onSaved) {
        setHeaderTitle(getTranslation("admin.lines.newVersionOf", base.code()));
        setId("line-dialog");
        setWidth("min(44rem, 100vw)");
        DatePicker from = new DatePicker(getTranslation("admin.lines.from"));
        from.setHelperText(getTranslation("admin.lines.fromHint", base.effectiveFrom().toString()));
        from.setId("line-from");
        BigDecimalField fixed = new BigDecimalField(getTranslation("admin.lines.fixed"));
        fixed.setValue(base.fixedPercent());
        fixed.setId("line-fixed");
        fixed.setVisible(base.consequence() != LegalLine.Consequence.NOTE && base.lprMultiple() == null);
        BigDecimalField multiple = new BigDecimalField(getTranslation("admin.lines.lprMultiple"));
        multiple.setValue(base.lprMultiple());
        multiple.setId("line-multiple");
        multiple.setVisible(base.lprMultiple() != null);
        TextArea ruleZh = new TextArea(getTranslation("admin.lines.ruleZh"));
        ruleZh.setValue(base.ruleZh());
        ruleZh.setMaxLength(500);
        ruleZh.setId("line-rule-zh");
        TextArea ruleEn = new TextArea(getTranslation("admin.lines.ruleEn"));
        ruleEn.setValue(base.ruleEn());
        ruleEn.setMaxLength(500);
        ruleEn.setId("line-rule-en");
        Paragraph problem = new Paragraph();
        problem.addClassName("rd-warning");
        problem.setId("line-problem");
        FormLayout form = new FormLayout(from, fixed, multiple, ruleZh, ruleEn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(ruleZh, 2);
        form.setColspan(ruleEn, 2);
        add(form, problem);
        Button save = new Button(getTranslation("admin.save"), click -> {
            problem.setText("");
            try {
                reference.addLineVersion(new LineDraft(base.code(), from.getValue(), fixed.getValue(),
                        multiple.getValue(), ruleZh.getValue(), ruleEn.getValue()));
            } catch (UserFacingException refusal) {
                problem.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
                return;
            }
            Notices.saved(getTranslation("admin.lines.saved", base.code()));
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("line-save");
        Button cancel = new Button(getTranslation("admin.cancel"), click -> close());
        cancel.setId("line-cancel");
        getFooter().add(cancel, save);
    }
}
