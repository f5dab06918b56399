package org.reliefdesk.creditrepair.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.reliefdesk.creditrepair.CreditRule;
import org.reliefdesk.creditrepair.CreditRuleDraft;
import org.reliefdesk.creditrepair.CreditRuleService;
import org.reliefdesk.creditrepair.RuleCode;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.UserFacingException;

/**
 * The credit-repair rules for administrators (retention years, dispute answer days, re-check months):
 * every version and a form for a new one from a later date. Dates already worked out keep their rule.
 */
@Route("admin/credit-rules")
@RolesAllowed(Role.ADMIN_NAME)
public class CreditRulesView extends VerticalLayout implements HasDynamicTitle {

    private final transient CreditRuleService rules;
    private final Grid<CreditRule> grid = new Grid<>();

    public CreditRulesView(CreditRuleService rules, Clock clock) {
        this.rules = rules;
        setSizeFull();
        Select<RuleCode> code = new Select<>();
        code.setLabel(getTranslation("admin.credit.code"));
        code.setItems(RuleCode.values());
        code.setItemLabelGenerator(c -> getTranslation("admin.credit.code." + c));
        code.setId("credit-rule-code");
        DatePicker from = new DatePicker(getTranslation("admin.credit.from"));
        LocalDate tomorrow = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(1);
        from.setMin(tomorrow);
        from.setValue(tomorrow);
        from.setId("credit-rule-from");
        IntegerField amount = new IntegerField(getTranslation("admin.credit.amount"));
        amount.setMin(1);
        amount.setMax(400);
        amount.setId("credit-rule-amount");
        Checkbox practice = new Checkbox(getTranslation("admin.credit.practice"));
        practice.setId("credit-rule-practice");
        TextArea source = new TextArea(getTranslation("admin.source"));
        source.setMaxLength(500);
        source.setId("credit-rule-source");
        Paragraph problem = new Paragraph();
        problem.addClassName("rd-warning");
        problem.setId("credit-rule-problem");
        Button add = new Button(getTranslation("admin.credit.add"), VaadinIcon.PLUS.create(), click -> {
            problem.setText("");
            try {
                CreditRule saved = rules.addVersion(new CreditRuleDraft(code.getValue(), from.getValue(),
                        amount.getValue(), practice.getValue(), source.getValue()));
                Notices.saved(getTranslation("admin.credit.saved", getTranslation("admin.credit.code." + saved.code()),
                        saved.effectiveFrom().toString()));
            } catch (UserFacingException refusal) {
                problem.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
                return;
            }
            grid.setItems(rules.history());
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("credit-rule-add");
        FormLayout form = new FormLayout(code, from, amount, practice, source);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 4));
        form.setColspan(source, 4);

        grid.setId("credit-rules-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> getTranslation("admin.credit.code." + r.code())).setHeader(getTranslation(
                "admin.credit.code")).setAutoWidth(true);
        grid.addColumn(r -> r.effectiveFrom().toString()).setHeader(getTranslation("admin.credit.from"))
                .setAutoWidth(true);
        grid.addColumn(CreditRule::amount).setHeader(getTranslation("admin.credit.amount")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.practice() ? "admin.credit.isPractice" : "admin.credit.isLaw"))
                .setHeader(getTranslation("admin.credit.kind")).setAutoWidth(true);
        grid.addColumn(CreditRule::source).setHeader(getTranslation("admin.source")).setFlexGrow(1);
        grid.setItems(rules.history());
        add(new H2(getTranslation("admin.credit.title")), new Paragraph(getTranslation("admin.credit.intro")),
                new H3(getTranslation("admin.credit.new")), form, add, problem, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.credit.title") + " | " + getTranslation("app.name");
    }
}
