package org.reliefdesk.creditrepair;

import java.util.Map;
import java.util.TreeMap;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.security.CurrentUser;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Appends credit repair's audit entries with the facts the timeline words them from. */
@Component
class CreditAudit {

    private final AuditTrail audit;
    private final CurrentUser currentUser;

    CreditAudit(AuditTrail audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    void record(long caseId, String action, String targetType, long targetId, String summary,
            Map<String, String> facts) {
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), caseId, action,
                targetType, String.valueOf(targetId), summary,
                JsonMapper.shared().writeValueAsString(new TreeMap<>(facts))));
    }
}
