package org.reliefdesk.casefile.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.reliefdesk.audit.AuditEntry;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.TimelineTexts;

/** The case's audit entries, newest first, loaded a page at a time. */
class TimelinePanel extends VerticalLayout {

    TimelinePanel(CaseService cases, long caseId, List<TimelineTexts> featureTexts) {
        setPadding(false);
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("timeline-grid");
        grid.setHeight("28rem");
        grid.addColumn(e -> CaseloadView.WHEN.format(e.occurredAt())).setHeader(getTranslation("timeline.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("timeline.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("timeline.what"))
                .setAutoWidth(true);
        grid.addColumn(e -> TimelineText.describe(this, e, featureTexts)).setHeader(getTranslation("timeline.details"))
                .setFlexGrow(1);
        grid.setItemsPageable(pageable -> cases.timeline(caseId, pageable).getContent());
        add(grid);
    }
}
