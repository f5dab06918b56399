package org.reliefdesk.evidence.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseTab;
import org.reliefdesk.evidence.EvidenceService;

/** "证据 / Evidence" on the staff case page, after the debts. */
@org.springframework.stereotype.Component
class EvidenceTab implements CaseTab {

    private final EvidenceService evidence;

    EvidenceTab(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @Override
    public int order() {
        return 460;
    }

    @Override
    public String titleKey() {
        return "evidence.tab";
    }

    @Override
    public Component create(CaseDetails details, Consumer<CaseDetails> refresh) {
        return new EvidencePanel(evidence, details);
    }
}
