package org.reliefdesk.requests.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseTab;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.requests.RequestService;

/** "索要材料 / Requested documents" on the staff case page. */
@org.springframework.stereotype.Component
class RequestsTab implements CaseTab {

    private final RequestService requests;
    private final EvidenceService evidence;

    RequestsTab(RequestService requests, EvidenceService evidence) {
        this.requests = requests;
        this.evidence = evidence;
    }

    @Override
    public int order() {
        return 415;
    }

    @Override
    public String titleKey() {
        return "requests.tab";
    }

    @Override
    public Component create(CaseDetails details, Consumer<CaseDetails> refresh) {
        return new RequestsPanel(requests, evidence, details.id());
    }
}
