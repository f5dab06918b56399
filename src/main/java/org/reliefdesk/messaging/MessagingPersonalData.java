package org.reliefdesk.messaging;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.reliefdesk.platform.ClockConfiguration;
import org.reliefdesk.privacy.PersonalDataSection;
import org.reliefdesk.privacy.PersonalDataSource;
import org.springframework.stereotype.Component;

/** The client's messages (theirs and their counsellor's) belong in the copy of their personal data. */
@Component
class MessagingPersonalData implements PersonalDataSource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ClockConfiguration.CHINA);

    private final MessagingService messaging;

    MessagingPersonalData(MessagingService messaging) {
        this.messaging = messaging;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public List<PersonalDataSection> personalDataOf(long caseId) {
        List<PersonalDataSection.Item> items = messaging.all(caseId).stream()
                .map(m -> new PersonalDataSection.Item("messaging.privacy.from." + m.side(),
                        TIME.format(m.sentAt()) + " · " + m.body()))
                .toList();
        return items.isEmpty() ? List.of()
                : List.of(new PersonalDataSection("messages", "messaging.privacy.title", items));
    }
}
