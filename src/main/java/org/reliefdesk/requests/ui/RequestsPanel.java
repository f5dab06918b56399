package org.reliefdesk.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.requests.DocumentRequestView;
import org.reliefdesk.requests.RequestService;
import org.reliefdesk.requests.RequestStatus;

/** The case's requested documents, open ones first, a page at a time; ask, cancel, reopen. */
class RequestsPanel extends VerticalLayout {

    private final Grid<DocumentRequestView> grid = new Grid<>();

    RequestsPanel(RequestService requests, EvidenceService evidence, long caseId) {
        setPadding(false);
        setId("requests-panel");
        LocalDate today = requests.today();
        grid.setId("requests-grid");
        grid.setHeight("24rem");
        grid.addColumn(r -> getTranslation("evidence.category." + r.category()))
                .setHeader(getTranslation("requests.col.category")).setAutoWidth(true);
        grid.addColumn(DocumentRequestView::description).setHeader(getTranslation("requests.col.description"))
                .setFlexGrow(1);
        grid.addComponentColumn(r -> due(r, today)).setHeader(getTranslation("requests.col.due")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("requests.col.status")).setAutoWidth(true);
        grid.addComponentColumn(r -> actions(requests, evidence, caseId, r)).setAutoWidth(true);
        grid.setItemsPageable(pageable -> requests.requests(caseId, pageable).getContent());

        Button ask = new Button(getTranslation("requests.ask"), VaadinIcon.FILE_ADD.create(),
                click -> new AskDialog(requests, caseId, grid.getDataProvider()::refreshAll).open());
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.setId("requests-ask");
        add(ask, grid);
    }

    private Span due(DocumentRequestView r, LocalDate today) {
        Span due = new Span(r.dueOn().toString());
        if (r.overdueOn(today)) {
            due.setText(getTranslation("requests.overdue", r.dueOn().toString()));
            due.getElement().getThemeList().add("badge error");
        }
        return due;
    }

    private Span status(DocumentRequestView r) {
        Span badge = new Span(r.status() == RequestStatus.FULFILLED
                ? getTranslation("requests.status.FULFILLED.on", r.fulfilledOn().toString())
                : getTranslation("requests.status." + r.status()));
        badge.getElement().getThemeList().add("badge " + (r.status() == RequestStatus.FULFILLED ? "success"
                : r.status() == RequestStatus.OPEN ? "" : "contrast"));
        badge.setId("request-status-" + r.id());
        if (r.reason() != null) {
            badge.setTitle(r.reason());
        }
        return badge;
    }

    private HorizontalLayout actions(RequestService requests, EvidenceService evidence, long caseId,
            DocumentRequestView r) {
        HorizontalLayout actions = new HorizontalLayout();
        if (r.evidenceId() != null) {
            actions.add(Downloads.of(evidence, caseId, r));
        }
        Runnable refresh = grid.getDataProvider()::refreshAll;
        if (r.status() == RequestStatus.OPEN) {
            Button cancel = new Button(getTranslation("requests.cancel"),
                    click -> new ReasonDialog(requests, caseId, r, false, refresh).open());
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            cancel.setId("request-cancel-" + r.id());
            actions.add(cancel);
        } else {
            Button reopen = new Button(getTranslation("requests.reopen"),
                    click -> new ReasonDialog(requests, caseId, r, true, refresh).open());
            reopen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reopen.setId("request-reopen-" + r.id());
            actions.add(reopen);
        }
        return actions;
    }
}
