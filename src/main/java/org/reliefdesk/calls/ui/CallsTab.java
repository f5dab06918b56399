package org.reliefdesk.calls.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.function.Consumer;
import org.reliefdesk.calls.CallExport;
import org.reliefdesk.calls.CallService;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseTab;

/** "通话记录 / Calls" on the staff case page, after the debts. */
@org.springframework.stereotype.Component
class CallsTab implements CaseTab {

    private final CallService calls;
    private final CallExport export;
    private final EvidenceService evidence;
    private final Clock clock;

    CallsTab(CallService calls, CallExport export, EvidenceService evidence, Clock clock) {
        this.calls = calls;
        this.export = export;
        this.evidence = evidence;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 420;
    }

    @Override
    public String titleKey() {
        return "calls.tab";
    }

    @Override
    public Component create(CaseDetails details, Consumer<CaseDetails> refresh) {
        return new CallsPanel(calls, export, evidence, details, clock);
    }
}
