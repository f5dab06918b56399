package org.reliefdesk.messaging;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reliefdesk.casefile.CaseAlert;
import org.reliefdesk.casefile.CaseloadBadgeSource;
import org.springframework.stereotype.Component;

/** "N unread messages" on a caseload row: one count query per loaded page. */
@Component
class MessageBadges implements CaseloadBadgeSource {

    private final MessagingService messaging;

    MessageBadges(MessagingService messaging) {
        this.messaging = messaging;
    }

    @Override
    public Map<Long, List<CaseAlert>> badgesFor(Collection<Long> caseIds) {
        Map<Long, List<CaseAlert>> badges = new HashMap<>();
        messaging.unreadByCounsellor(caseIds).forEach((caseId, count) -> badges.put(caseId,
                List.of(new CaseAlert("messaging.badge.unread", List.of(count), false))));
        return badges;
    }
}
