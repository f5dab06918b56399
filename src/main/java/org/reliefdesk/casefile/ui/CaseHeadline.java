package org.reliefdesk.casefile.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.reliefdesk.casefile.ClientCaseStatus;

/** The top card of the client's page: the stage progress, what happens now and next, their counsellor. */
class CaseHeadline extends Div {

    CaseHeadline(ClientCaseStatus status) {
        addClassNames("rd-portal-card", "rd-portal-headline");
        setId("my-case-headline");
        H3 stage = new H3(getTranslation("stage." + status.stage()));
        stage.addClassName("rd-my-stage");
        Paragraph now = new Paragraph(getTranslation("myCase.now." + status.stage()));
        now.addClassName("rd-my-now");
        Paragraph counsellor = new Paragraph(status.counsellorName() == null
                ? getTranslation("myCase.noCounsellor")
                : getTranslation("myCase.counsellor", status.counsellorName()));
        counsellor.addClassName("rd-my-counsellor");
        counsellor.setId("my-case-counsellor");
        add(new StageProgress(status.stage()), stage, now, counsellor);
    }
}
