package org.reliefdesk.messaging.ui;

import com.vaadin.flow.component.Component;
import org.reliefdesk.casefile.ClientCaseSection;
import org.reliefdesk.casefile.ClientCaseStatus;
import org.reliefdesk.messaging.MessageSide;
import org.reliefdesk.messaging.MessagingService;

/** The conversation with their counsellor on the client's page, after the other sections. */
@org.springframework.stereotype.Component
class ClientMessagesSection implements ClientCaseSection {

    private final MessagingService messaging;

    ClientMessagesSection(MessagingService messaging) {
        this.messaging = messaging;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Component create(ClientCaseStatus status) {
        return new ConversationPanel(messaging, status.id(), MessageSide.CLIENT);
    }
}
