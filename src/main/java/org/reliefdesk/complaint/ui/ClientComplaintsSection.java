package org.reliefdesk.complaint.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.reliefdesk.casefile.ClientCaseSection;
import org.reliefdesk.casefile.ClientCaseStatus;
import org.reliefdesk.complaint.ClientComplaint;
import org.reliefdesk.complaint.ComplaintService;
import org.reliefdesk.platform.Cards;

/**
 * On /my-case: the complaints filed for the client, with status and due date (never drafts or
 * notes), one card each (the client is on a phone).
 */
@org.springframework.stereotype.Component
class ClientComplaintsSection implements ClientCaseSection {

    private final ComplaintService complaints;

    ClientComplaintsSection(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @Override
    public int order() {
        return 445;
    }

    @Override
    public Component create(ClientCaseStatus status) {
        Div section = Cards.section("my-complaints");
        section.add(new H3(section.getTranslation("complaint.client.title")));
        List<ClientComplaint> mine = complaints.forClient(status.id());
        if (mine.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("complaint.client.none")));
            return section;
        }
        Div list = Cards.list("my-complaints-grid");
        mine.forEach(c -> list.add(card(section, c)));
        section.add(list);
        return section;
    }

    private static Cards.Card card(Component in, ClientComplaint c) {
        Cards.Card card = Cards.card("client-complaint-" + c.id(), c.respondentName())
                .line(in.getTranslation("complaint.channel"), english() ? c.channelNameEn() : c.channelNameZh())
                .line(in.getTranslation("complaint.filedOn"), c.filedOn().toString())
                .line(in.getTranslation("complaint.status"), in.getTranslation("complaint.status." + c.status()))
                .line(in.getTranslation("complaint.dueOn"), c.dueOn() == null
                        ? in.getTranslation("complaint.dueOn.none") : c.dueOn().toString());
        if (c.answeredOn() != null) {
            card.line(in.getTranslation("complaint.answerSection"), in.getTranslation("complaint.client.answer",
                    c.answeredOn().toString(), c.answerText()));
        }
        return card;
    }

    private static boolean english() {
        UI ui = UI.getCurrent();
        return ui != null && "en".equals(ui.getLocale().getLanguage());
    }
}
