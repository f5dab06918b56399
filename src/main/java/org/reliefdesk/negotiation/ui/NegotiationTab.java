package org.reliefdesk.negotiation.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.function.Consumer;
import org.reliefdesk.calls.CallService;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseTab;
import org.reliefdesk.negotiation.NegotiationService;

/** "协商 / Negotiation" on the staff case page: each debt's proposal thread. */
@org.springframework.stereotype.Component
class NegotiationTab implements CaseTab {

    private final NegotiationService negotiation;
    private final CallService calls;
    private final EvidenceService evidence;
    private final Clock clock;

    NegotiationTab(NegotiationService negotiation, CallService calls, EvidenceService evidence, Clock clock) {
        this.negotiation = negotiation;
        this.calls = calls;
        this.evidence = evidence;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 430;
    }

    @Override
    public String titleKey() {
        return "negotiation.tab";
    }

    @Override
    public Component create(CaseDetails details, Consumer<CaseDetails> refresh) {
        return new NegotiationPanel(negotiation, calls, evidence, details, clock);
    }
}
