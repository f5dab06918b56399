package org.reliefdesk.complaint.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.reliefdesk.casefile.ClientCaseSection;
import org.reliefdesk.casefile.ClientCaseStatus;
import org.reliefdesk.complaint.ClientComplaint;
import org.reliefdesk.complaint.ComplaintService;

/** On /my-case: the complaints filed for the client, with status and due date (never drafts or notes). */
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
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("my-complaints");
        section.add(new H3(section.getTranslation("complaint.client.title")));
        List<ClientComplaint> mine = complaints.forClient(status.id());
        if (mine.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("complaint.client.none")));
            return section;
        }
        Grid<ClientComplaint> grid = new Grid<>();
        grid.setId("my-complaints-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(ClientComplaint::respondentName).setHeader(section.getTranslation("complaint.respondent"))
                .setFlexGrow(1);
        grid.addColumn(c -> english() ? c.channelNameEn() : c.channelNameZh())
                .setHeader(section.getTranslation("complaint.channel")).setAutoWidth(true);
        grid.addColumn(c -> c.filedOn().toString()).setHeader(section.getTranslation("complaint.filedOn"))
                .setAutoWidth(true);
        grid.addColumn(c -> section.getTranslation("complaint.status." + c.status()))
                .setHeader(section.getTranslation("complaint.status")).setAutoWidth(true);
        grid.addColumn(c -> c.dueOn() == null ? section.getTranslation("complaint.dueOn.none") : c.dueOn().toString())
                .setHeader(section.getTranslation("complaint.dueOn")).setAutoWidth(true);
        grid.addColumn(c -> c.answeredOn() == null ? "" : section.getTranslation("complaint.client.answer",
                c.answeredOn().toString(), c.answerText())).setHeader(section.getTranslation("complaint.answerSection"))
                .setFlexGrow(1);
        grid.setItems(mine);
        section.add(grid);
        return section;
    }

    private static boolean english() {
        UI ui = UI.getCurrent();
        return ui != null && "en".equals(ui.getLocale().getLanguage());
    }
}
