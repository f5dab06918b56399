package org.reliefdesk.messaging.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import org.reliefdesk.messaging.MessageSide;
import org.reliefdesk.messaging.MessageView;
import org.reliefdesk.messaging.MessagingService;
import org.reliefdesk.platform.ClockConfiguration;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.UserFacingException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;

/**
 * The conversation of one case, for the client (their page) and the staff (a case tab): a
 * field to write, then the messages newest first, a page at a time ("show older"). Opening
 * it marks what the other side sent as read; in a tab, once that tab is shown.
 */
class ConversationPanel extends Div {

    static final int PAGE = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ClockConfiguration.CHINA);

    private final transient MessagingService messaging;
    private final long caseId;
    private final MessageSide viewer;
    private final Div list = new Div();
    private final Button more = new Button();
    private final Span unread = new Span();
    private int nextPage;
    private boolean opened;

    /** @param viewer the reader's side, or null for an administrator (who reads only) */
    ConversationPanel(MessagingService messaging, long caseId, MessageSide viewer) {
        this.messaging = messaging;
        this.caseId = caseId;
        this.viewer = viewer;
        addClassName("rd-portal-section");
        setId("messages");
        H3 title = new H3(getTranslation("messaging.title"));
        unread.setId("messages-unread");
        unread.getElement().getThemeList().add("badge primary");
        Div header = new Div(title, unread);
        header.addClassName("rd-portal-heading");
        add(header);
        if (viewer == null) {
            add(new Paragraph(getTranslation("messaging.adminReadOnly")));
        } else {
            add(composer());
        }
        list.setId("messages-list");
        list.addClassName("rd-portal-list");
        more.setText(getTranslation("messaging.older"));
        more.setId("messages-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> loadNext());
        add(list, more);
        showUnread(messaging.unread(caseId));
        loadNext();
    }

    private Component composer() {
        TextArea text = new TextArea(getTranslation("messaging.write"));
        text.setId("message-text");
        text.setMaxLength(MessagingService.MAX_LENGTH);
        text.setWidthFull();
        text.setHelperText(getTranslation("messaging.hint", MessagingService.MAX_LENGTH));
        Button send = new Button(getTranslation("messaging.send"), click -> {
            try {
                messaging.send(caseId, text.getValue());
            } catch (UserFacingException refusal) {
                text.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
                text.setInvalid(true);
                return;
            }
            text.setInvalid(false);
            text.clear();
            Notices.saved(getTranslation("messaging.sent"));
            reload();
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("message-send");
        send.addClassName("rd-portal-button");
        Div composer = new Div(text, send);
        composer.addClassName("rd-portal-composer");
        return composer;
    }

    /**
     * Shown means opened: on the client's page the panel is attached with the page, and the
     * staff case page's tab sheet attaches a tab's content only when that tab is selected.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        markOpened();
    }

    /** The reader has the conversation in front of them: what the other side sent is now read. */
    void markOpened() {
        if (opened) {
            return;
        }
        opened = true;
        messaging.openConversation(caseId);
    }

    private void reload() {
        list.removeAll();
        nextPage = 0;
        loadNext();
    }

    private void loadNext() {
        Slice<MessageView> page = messaging.conversation(caseId, PageRequest.of(nextPage++, PAGE));
        page.forEach(m -> list.add(bubble(m)));
        more.setVisible(page.hasNext());
    }

    private void showUnread(long count) {
        unread.setText(getTranslation("messaging.unread", count));
        unread.setVisible(count > 0);
    }

    private Div bubble(MessageView m) {
        boolean mine = m.side() == viewer;
        Div bubble = new Div();
        bubble.setId("message-" + m.id());
        bubble.addClassNames("rd-portal-message", mine ? "rd-portal-message-mine" : "rd-portal-message-theirs");
        Span from = new Span(getTranslation(mine ? "messaging.from.me" : "messaging.from." + m.side()));
        from.addClassName("rd-portal-message-from");
        Paragraph body = new Paragraph(m.body());
        body.addClassName("rd-portal-text");
        String receipt = m.unread() ? getTranslation(mine ? "messaging.notReadYet" : "messaging.new")
                : getTranslation("messaging.readAt", TIME.format(m.readAt()));
        Span meta = new Span(TIME.format(m.sentAt()) + " · " + receipt);
        meta.addClassName("rd-portal-hint");
        if (m.unread() && !mine) {
            bubble.addClassName("rd-portal-message-new");
        }
        bubble.add(from, body, meta);
        return bubble;
    }
}
