package org.reliefdesk.creditrepair.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.reliefdesk.evidence.EvidenceAttachments;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;

/** The evidence vault's attachments of a check (the report file) or a dispute (letter, answer). */
final class Attachments {

    private Attachments() {
    }

    static Component forCheck(EvidenceService evidence, long caseId, long checkId) {
        return holder("credit-check-evidence", new EvidenceAttachments(evidence, caseId,
                EvidenceTarget.creditCheck(checkId)));
    }

    static Component forDispute(EvidenceService evidence, long caseId, long disputeId) {
        return holder("credit-dispute-evidence", new EvidenceAttachments(evidence, caseId,
                EvidenceTarget.dispute(disputeId)));
    }

    private static Component holder(String id, EvidenceAttachments attachments) {
        VerticalLayout holder = new VerticalLayout(attachments);
        holder.setId(id);
        holder.setPadding(false);
        return holder;
    }
}
