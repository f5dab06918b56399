package org.reliefdesk.collection.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.function.Consumer;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseTab;
import org.reliefdesk.collection.IncidentExport;
import org.reliefdesk.collection.IncidentService;
import org.reliefdesk.evidence.EvidenceService;

/** "催收事件 / Collection incidents" on the staff case page, after the calls. */
@org.springframework.stereotype.Component
class IncidentsTab implements CaseTab {

    private final IncidentService incidents;
    private final IncidentExport export;
    private final EvidenceService evidence;
    private final Clock clock;

    IncidentsTab(IncidentService incidents, IncidentExport export, EvidenceService evidence, Clock clock) {
        this.incidents = incidents;
        this.export = export;
        this.evidence = evidence;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 440;
    }

    @Override
    public String titleKey() {
        return "collection.tab";
    }

    @Override
    public Component create(CaseDetails details, Consumer<CaseDetails> refresh) {
        return new IncidentsPanel(incidents, export, evidence, details, clock);
    }
}
