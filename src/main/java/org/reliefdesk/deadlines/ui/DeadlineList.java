package org.reliefdesk.deadlines.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Location;
import org.reliefdesk.deadlines.Bucket;
import org.reliefdesk.deadlines.DeadlineItem;
import org.reliefdesk.deadlines.DeadlineService;
import org.reliefdesk.deadlines.DeadlineState;

/** One home list, loaded a page at a time; a click opens the case at the deadline's tab. */
class DeadlineList extends Grid<DeadlineItem> {

    DeadlineList(DeadlineService deadlines, Bucket bucket, boolean showCounsellor) {
        setId("deadlines-" + bucket.name().toLowerCase().replace('_', '-'));
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setAllRowsVisible(false);
        setHeight("16rem");
        addColumn(DeadlineItem::dueOn).setHeader(getTranslation("deadlines.column.due")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(d -> getTranslation(d.titleKey(), d.titleArguments()))
                .setHeader(getTranslation("deadlines.column.what")).setFlexGrow(1);
        addColumn(d -> getTranslation("deadlines.case", String.valueOf(d.caseId()), d.clientName() == null ? "" : d.clientName()))
                .setHeader(getTranslation("deadlines.column.case")).setAutoWidth(true);
        if (showCounsellor) {
            addColumn(d -> d.counsellor() == null ? "—" : d.counsellor())
                    .setHeader(getTranslation("deadlines.column.counsellor")).setAutoWidth(true);
        }
        addComponentColumn(DeadlineList::state).setHeader(getTranslation("deadlines.column.state"))
                .setAutoWidth(true).setFlexGrow(0);
        setEmptyStateText(getTranslation("deadlines.empty"));
        setItemsPageable(pageable -> deadlines.list(bucket, pageable).getContent());
        addItemClickListener(click -> getUI().ifPresent(ui -> {
            // A location with "?tab=" must be split: navigate(String) takes a path only.
            Location target = new Location(click.getItem().location());
            ui.navigate(target.getPath(), target.getQueryParameters());
        }));
    }

    private static Span state(DeadlineItem d) {
        Span badge = new Span(badgeText(d));
        boolean bad = d.state() == DeadlineState.OVERDUE || d.state() == DeadlineState.LATE;
        badge.getElement().getThemeList().add(bad || d.urgent() ? "badge error" : d.state() == DeadlineState.DUE_TODAY
                ? "badge" : "badge contrast");
        badge.getElement().setAttribute("data-state", d.state().name());
        return badge;
    }

    private static String badgeText(DeadlineItem d) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation("deadlines.state." + d.state().name());
    }
}
