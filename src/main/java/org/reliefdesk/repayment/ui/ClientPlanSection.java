package org.reliefdesk.repayment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.reliefdesk.casefile.ClientCaseSection;
import org.reliefdesk.casefile.ClientCaseStatus;
import org.reliefdesk.repayment.RepaymentPlanService;

/** On /my-case: the chosen plan in two figures (monthly amount, months to debt-free); hidden without one. */
@org.springframework.stereotype.Component
class ClientPlanSection implements ClientCaseSection {

    private final RepaymentPlanService plans;

    ClientPlanSection(RepaymentPlanService plans) {
        this.plans = plans;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Component create(ClientCaseStatus status) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("my-plan");
        plans.summary(status.id()).ifPresentOrElse(plan -> {
            Paragraph summary = new Paragraph(section.getTranslation("repayment.client.summary",
                    plan.monthly().format(), plan.months()));
            summary.setId("my-plan-summary");
            section.add(new H3(section.getTranslation("repayment.client.title")), summary);
        }, () -> section.setVisible(false));
        return section;
    }
}
