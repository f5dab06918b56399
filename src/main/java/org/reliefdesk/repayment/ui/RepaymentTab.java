package org.reliefdesk.repayment.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseTab;
import org.reliefdesk.repayment.RepaymentPlanService;

/** "还款计划 / Repayment plan" on the staff case page: the three strategies compared, and the chosen one. */
@org.springframework.stereotype.Component
class RepaymentTab implements CaseTab {

    private final RepaymentPlanService plans;

    RepaymentTab(RepaymentPlanService plans) {
        this.plans = plans;
    }

    @Override
    public int order() {
        return 437;
    }

    @Override
    public String titleKey() {
        return "repayment.tab";
    }

    @Override
    public Component create(CaseDetails details, Consumer<CaseDetails> refresh) {
        return new RepaymentPanel(plans, details.id());
    }
}
