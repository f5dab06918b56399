package org.reliefdesk.messaging.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseTab;
import org.reliefdesk.messaging.MessageSide;
import org.reliefdesk.messaging.MessagingService;

/** "消息 / Messages" on the staff case page: the counsellor's side of the conversation; administrators read. */
@org.springframework.stereotype.Component
class MessagesTab implements CaseTab {

    private final MessagingService messaging;

    MessagesTab(MessagingService messaging) {
        this.messaging = messaging;
    }

    @Override
    public int order() {
        return 417;
    }

    @Override
    public String titleKey() {
        return "messaging.tab";
    }

    @Override
    public Component create(CaseDetails details, Consumer<CaseDetails> refresh) {
        return new ConversationPanel(messaging, details.id(), messaging.maySend() ? MessageSide.COUNSELLOR : null);
    }
}
