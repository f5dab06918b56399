package org.reliefdesk.complaint.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.function.Consumer;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseTab;
import org.reliefdesk.complaint.ComplaintDocuments;
import org.reliefdesk.complaint.ComplaintReports;
import org.reliefdesk.complaint.ComplaintService;
import org.reliefdesk.evidence.EvidenceService;

/** "投诉 / Complaints" on the staff case page. */
@org.springframework.stereotype.Component
class ComplaintsTab implements CaseTab {

    private final ComplaintService complaints;
    private final ComplaintDocuments documents;
    private final ComplaintReports reports;
    private final EvidenceService evidence;
    private final Clock clock;

    ComplaintsTab(ComplaintService complaints, ComplaintDocuments documents, ComplaintReports reports,
                  EvidenceService evidence, Clock clock) {
        this.complaints = complaints;
        this.reports = reports;
        this.documents = documents;
        this.evidence = evidence;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 445;
    }

    @Override
    public String titleKey() {
        return "complaint.tab";
    }

    @Override
    public Component create(CaseDetails details, Consumer<CaseDetails> refresh) {
        return new ComplaintsPanel(complaints, documents, reports, evidence, details, clock);
    }
}
