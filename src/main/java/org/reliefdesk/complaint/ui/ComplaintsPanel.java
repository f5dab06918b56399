package org.reliefdesk.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.complaint.ComplaintDocuments;
import org.reliefdesk.complaint.ComplaintReports;
import org.reliefdesk.complaint.ComplaintService;
import org.reliefdesk.complaint.ComplaintView;
import org.reliefdesk.platform.CsvExport;
import org.reliefdesk.evidence.EvidenceService;

/** The case's complaints, newest first and loaded a page at a time; an overdue answer shows in red. */
class ComplaintsPanel extends VerticalLayout {

    private final Grid<ComplaintView> grid = new Grid<>();

    ComplaintsPanel(ComplaintService complaints, ComplaintDocuments documents, ComplaintReports reports,
                    EvidenceService evidence, CaseDetails details, Clock clock) {
        setPadding(false);
        grid.setId("complaints-grid");
        grid.setHeight("24rem");
        grid.addColumn(c -> c.respondentName() + (c.agency() ? " · " + getTranslation("complaint.respondent.agency")
                : "")).setHeader(getTranslation("complaint.respondent")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation("complaint.channel." + c.channel()))
                .setHeader(getTranslation("complaint.channel")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("complaint.status")).setAutoWidth(true);
        grid.addColumn(c -> c.filedOn() == null ? "—" : c.filedOn().toString())
                .setHeader(getTranslation("complaint.filedOn")).setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader(getTranslation("complaint.dueOn")).setAutoWidth(true);
        grid.setItemsPageable(pageable -> complaints.complaints(details.id(), pageable).getContent());
        grid.addItemClickListener(click -> new ComplaintDialog(complaints, documents, evidence, details, clock,
                complaints.complaint(details.id(), click.getItem().id()), grid.getDataProvider()::refreshAll).open());

        Button add = new Button(getTranslation("complaint.new"), VaadinIcon.MEGAPHONE.create(),
                click -> new ComplaintDialog(complaints, documents, evidence, details, clock, null,
                        grid.getDataProvider()::refreshAll).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("complaint-new");
        var locale = getLocale();
        var csv = CsvExport.link("complaints-export", getTranslation("reporting.csv"),
                "complaints-" + details.id() + ".csv", () -> reports.export(details.id(), locale));
        add(new HorizontalLayout(add, csv), grid);
    }

    private Span status(ComplaintView c) {
        Span badge = new Span(getTranslation("complaint.status." + c.status()));
        badge.getElement().getThemeList().add("badge contrast");
        return badge;
    }

    private Span due(ComplaintView c) {
        if (c.dueOn() == null) {
            return new Span(c.filedOn() == null ? "—" : getTranslation("complaint.dueOn.none"));
        }
        Span due = new Span(c.dueOn() + (c.overdue() ? " · " + getTranslation("complaint.overdue") : ""));
        if (c.overdue()) {
            due.getElement().getThemeList().add("badge error primary");
            due.getElement().setAttribute("data-overdue", "true");
            due.addClassName("rd-complaint-overdue");
        }
        return due;
    }
}
