package org.reliefdesk.complaint;

import java.util.Map;
import java.util.TreeMap;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.security.CurrentUser;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Appends a complaint's audit entries with the facts the timeline words them from. */
@Component
class ComplaintAudit {

    private final AuditTrail audit;
    private final CurrentUser currentUser;

    ComplaintAudit(AuditTrail audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    void record(Complaint c, String action, String summary, Map<String, String> extra) {
        Map<String, String> facts = new TreeMap<>(extra);
        facts.put("complaintId", String.valueOf(c.id()));
        facts.put("respondent", c.respondentName());
        facts.put("channel", c.channelCode().name());
        facts.put("status", c.status().name());
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), c.caseId(),
                action, "complaint", String.valueOf(c.id()), summary, JsonMapper.shared().writeValueAsString(facts)));
    }
}
