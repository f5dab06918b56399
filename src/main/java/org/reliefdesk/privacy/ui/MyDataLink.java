package org.reliefdesk.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.reliefdesk.casefile.ClientCaseSection;
import org.reliefdesk.casefile.ClientCaseStatus;

/** On /my-case: the way to what the portal holds about the client, their copy and their requests. */
@org.springframework.stereotype.Component
class MyDataLink implements ClientCaseSection {

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Component create(ClientCaseStatus status) {
        RouterLink link = new RouterLink(MyDataView.class);
        link.setText(link.getTranslation("privacy.link"));
        link.setId("my-data-link");
        return new Paragraph(link);
    }
}
