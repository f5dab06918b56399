package org.reliefdesk.court.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.function.Consumer;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseTab;
import org.reliefdesk.court.CourtService;
import org.reliefdesk.evidence.EvidenceService;

/** "法院文书 / Court papers" on the staff case page. */
@org.springframework.stereotype.Component
class CourtTab implements CaseTab {

    private final CourtService court;
    private final EvidenceService evidence;
    private final Clock clock;

    CourtTab(CourtService court, EvidenceService evidence, Clock clock) {
        this.court = court;
        this.evidence = evidence;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 455;
    }

    @Override
    public String titleKey() {
        return "court.tab";
    }

    @Override
    public Component create(CaseDetails details, Consumer<CaseDetails> refresh) {
        return new CourtPanel(court, evidence, details, clock);
    }
}
