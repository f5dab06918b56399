package org.reliefdesk.casefile.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.ClientCaseSection;
import org.reliefdesk.casefile.ClientCaseStatus;
import org.reliefdesk.security.Role;
import org.springframework.beans.factory.ObjectProvider;

/** A client's own case: where it stands, what happens now and next, and who helps them. Read-only. */
@Route("my-case")
@RolesAllowed(Role.CLIENT_NAME)
@Menu(title = "nav.myCase", order = 5, icon = "vaadin:clipboard-user")
public class MyCaseView extends VerticalLayout implements HasDynamicTitle {

    public MyCaseView(CaseService cases, ObjectProvider<ClientCaseSection> sections) {
        List<ClientCaseSection> ordered =
                sections.stream().sorted(Comparator.comparingInt(ClientCaseSection::order)).toList();
        setId("my-case");
        setMaxWidth("48rem");
        add(new H2(getTranslation("myCase.title")));
        List<ClientCaseStatus> mine = cases.myCases();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("myCase.none")));
        }
        for (ClientCaseStatus status : mine) {
            H3 stage = new H3(getTranslation("stage." + status.stage()));
            stage.addClassName("rd-my-stage");
            Paragraph now = new Paragraph(getTranslation("myCase.now." + status.stage()));
            now.addClassName("rd-my-now");
            Paragraph counsellor = new Paragraph(status.counsellorName() == null
                    ? getTranslation("myCase.noCounsellor")
                    : getTranslation("myCase.counsellor", status.counsellorName()));
            counsellor.addClassName("rd-my-counsellor");
            add(new StageProgress(status.stage()), stage, now, counsellor);
            ordered.forEach(section -> add(section.create(status)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myCase.title") + " | " + getTranslation("app.name");
    }
}
