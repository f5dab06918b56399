package org.reliefdesk.creditrepair.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.reliefdesk.evidence.EvidenceService;

/** The evidence vault's attachments of a check (the report file) or a dispute. */
final class Attachments {

    private Attachments() {
    }

    static Component forCheck(EvidenceService evidence, long caseId, long checkId) {
        Div holder = new Div();
        holder.setId("credit-check-evidence");
        return holder;
    }

    static Component forDispute(EvidenceService evidence, long caseId, long disputeId) {
        Div holder = new Div();
        holder.setId("credit-dispute-evidence");
        return holder;
    }
}
