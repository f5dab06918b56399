package org.reliefdesk.collection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Set;
import org.reliefdesk.collection.ConductRule;
import org.reliefdesk.collection.ConductRuleService;
import org.reliefdesk.collection.IncidentCategory;
import org.reliefdesk.collection.Reached;
import org.reliefdesk.collection.RuleDraft;
import org.reliefdesk.collection.RuleKind;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.UserFacingException;

/** "New version from date": a copy of the rule to change, saved as a new row; or a new rule. */
class RuleVersionDialog extends Dialog {

    RuleVersionDialog(ConductRuleService rules, ConductRule base, LocalDate today, Runnable onSaved) {
        setHeaderTitle(base == null ? getTranslation("collection.rules.newRule")
                : getTranslation("collection.rules.newVersionOf", base.code()));
        setId("rule-dialog");
        setWidth("min(52rem, 100vw)");
        TextField code = new TextField(getTranslation("collection.rules.code"));
        code.setId("rule-code");
        DatePicker from = new DatePicker(getTranslation("collection.rules.from"));
        from.setId("rule-from");
        Select<RuleKind> kind = new Select<>();
        kind.setLabel(getTranslation("collection.rules.kind"));
        kind.setItems(RuleKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("collection.kind." + k));
        kind.setId("rule-kind");
        Checkbox retired = new Checkbox(getTranslation("collection.rules.retire"));
        retired.setId("rule-retired");
        TimePicker windowStart = new TimePicker(getTranslation("collection.rules.windowStart"));
        windowStart.setStep(Duration.ofMinutes(30));
        windowStart.setId("rule-window-start");
        TimePicker windowEnd = new TimePicker(getTranslation("collection.rules.windowEnd"));
        windowEnd.setStep(Duration.ofMinutes(30));
        windowEnd.setId("rule-window-end");
        IntegerField max = new IntegerField(getTranslation("collection.rules.max"));
        max.setMin(0);
        max.setId("rule-max");
        CheckboxGroup<Reached> reached = new CheckboxGroup<>(getTranslation("collection.rules.reached"));
        reached.setItems(Arrays.stream(Reached.values()).filter(r -> r != Reached.CLIENT).toList());
        reached.setItemLabelGenerator(r -> getTranslation("collection.reached." + r));
        reached.setId("rule-reached");
        CheckboxGroup<IncidentCategory> categories = new CheckboxGroup<>(getTranslation("collection.categories"));
        categories.setItems(IncidentCategory.values());
        categories.setItemLabelGenerator(c -> getTranslation("collection.category." + c));
        categories.setId("rule-categories");
        TextField titleZh = new TextField(getTranslation("collection.rules.titleZh"));
        titleZh.setId("rule-title-zh");
        TextField titleEn = new TextField(getTranslation("collection.rules.titleEn"));
        titleEn.setId("rule-title-en");
        TextArea summaryZh = new TextArea(getTranslation("collection.rules.summaryZh"));
        summaryZh.setId("rule-summary-zh");
        TextArea summaryEn = new TextArea(getTranslation("collection.rules.summaryEn"));
        summaryEn.setId("rule-summary-en");
        TextArea source = new TextArea(getTranslation("collection.rules.source"));
        source.setHelperText(getTranslation("collection.rules.sourceHint"));
        source.setId("rule-source");
        Paragraph problem = new Paragraph();
        problem.addClassName("rd-warning");
        problem.setId("rule-problem");

        Runnable parameters = () -> {
            RuleKind k = kind.getValue();
            boolean on = !retired.getValue();
            windowStart.setVisible(on && k == RuleKind.NIGHT);
            windowEnd.setVisible(on && k == RuleKind.NIGHT);
            max.setVisible(on && (k == RuleKind.UNANSWERED_ATTEMPTS || k == RuleKind.AUTOMATED_CONNECTED));
            reached.setVisible(on && k == RuleKind.THIRD_PARTY);
            categories.setVisible(on && k == RuleKind.CATEGORY);
        };
        kind.addValueChangeListener(change -> parameters.run());
        retired.addValueChangeListener(change -> parameters.run());
        from.setValue(today.plusDays(1));
        if (base != null) {
            code.setValue(base.code());
            code.setReadOnly(true);
            kind.setValue(base.kind());
            kind.setReadOnly(true);
            windowStart.setValue(base.windowStart());
            windowEnd.setValue(base.windowEnd());
            max.setValue(base.maxPerDay());
            reached.setValue(base.reached());
            categories.setValue(base.categories());
            titleZh.setValue(base.titleZh());
            titleEn.setValue(base.titleEn());
            summaryZh.setValue(base.summaryZh());
            summaryEn.setValue(base.summaryEn());
            source.setValue(base.source());
        } else {
            kind.setValue(RuleKind.CATEGORY);
        }
        parameters.run();

        FormLayout form = new FormLayout(code, from, kind, retired, windowStart, windowEnd, max, reached, categories,
                titleZh, titleEn, summaryZh, summaryEn, source);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(reached, 2);
        form.setColspan(categories, 2);
        form.setColspan(source, 2);
        add(form, problem);

        Button save = new Button(getTranslation("collection.rules.save"), click -> {
            problem.setText("");
            Set<Reached> r = reached.getValue();
            LocalTime start = windowStart.getValue();
            try {
                rules.newVersion(new RuleDraft(code.getValue().strip().toUpperCase(java.util.Locale.ROOT),
                        from.getValue(), retired.getValue(), kind.getValue(), start, windowEnd.getValue(),
                        max.getValue(), r, categories.getValue(), titleZh.getValue(), titleEn.getValue(),
                        summaryZh.getValue(), summaryEn.getValue(), source.getValue()));
            } catch (UserFacingException refusal) {
                problem.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
                return;
            }
            Notices.saved(getTranslation("collection.rules.saved"));
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("rule-save");
        Button cancel = new Button(getTranslation("collection.cancel"), click -> close());
        cancel.setId("rule-cancel");
        getFooter().add(cancel, save);
    }
}
