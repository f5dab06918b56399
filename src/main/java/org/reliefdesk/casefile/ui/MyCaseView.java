package org.reliefdesk.casefile.ui;

import com.vaadin.flow.component.html.H2;
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

/**
 * A client's own case, built for a phone first (decision 019): one column of cards. Where it
 * stands and who helps them, then the feature modules' sections (what is asked of them,
 * their plan, agreements, complaints, messages, ...), then the events meant for them.
 */
@Route("my-case")
@RolesAllowed(Role.CLIENT_NAME)
@Menu(title = "nav.myCase", order = 5, icon = "vaadin:clipboard-user")
public class MyCaseView extends VerticalLayout implements HasDynamicTitle {

    public MyCaseView(CaseService cases, ObjectProvider<ClientCaseSection> sections) {
        List<ClientCaseSection> ordered =
                sections.stream().sorted(Comparator.comparingInt(ClientCaseSection::order)).toList();
        setId("my-case");
        addClassName("rd-portal");
        setMaxWidth("48rem");
        add(new H2(getTranslation("myCase.title")));
        List<ClientCaseStatus> mine = cases.myCases();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("myCase.none")));
        }
        for (ClientCaseStatus status : mine) {
            add(new CaseHeadline(status));
            ordered.forEach(section -> add(section.create(status)));
            add(new ClientTimelinePanel(cases, status.id()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myCase.title") + " | " + getTranslation("app.name");
    }
}
