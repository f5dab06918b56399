package org.reliefdesk.messaging;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.casefile.CaseAccess;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.InvalidValueException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secure messages between a client and their counsellor on one case (decision 019). Plain
 * text, never edited. The audit trail records that a message was sent, never its text.
 * Administrators may read a conversation (and that reading is audited) but not post in it:
 * it is the client's line to their counsellor.
 */
@Service
public class MessagingService {

    /** The longest message, in characters. */
    public static final int MAX_LENGTH = 2000;

    private final CaseMessageRepository messages;
    private final CaseAccess caseAccess;
    private final CaseService cases;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    MessagingService(CaseMessageRepository messages, CaseAccess caseAccess, CaseService cases,
            CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.messages = messages;
        this.caseAccess = caseAccess;
        this.cases = cases;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends a message as the case's client or its counsellor; blank or too long is refused. */
    @PreAuthorize("@caseAccess.canRead(#caseId) and (hasRole('CLIENT') or hasRole('COUNSELLOR'))")
    @Transactional
    public MessageView send(long caseId, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new InvalidValueException("messaging.error.blank");
        }
        if (body.length() > MAX_LENGTH) {
            throw new InvalidValueException("messaging.error.tooLong", MAX_LENGTH);
        }
        MessageSide side = mySide();
        CaseMessage saved = messages.saveAndFlush(new CaseMessage(caseId, side, currentUser.requireUsername(), body,
                clock.instant()));
        // The text is sensitive: the audit entry says that a message was sent, never what it says.
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), caseId,
                "MESSAGE_SENT", "message", String.valueOf(saved.id()),
                side == MessageSide.CLIENT ? "The client sent a message to the counsellor"
                        : "The counsellor sent a message to the client",
                "{\"from\":\"" + side.name() + "\"}"));
        cases.noteActivity(caseId);
        return saved.view();
    }

    /** The case's conversation, newest first, one slice at a time. */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public Slice<MessageView> conversation(long caseId, Pageable pageable) {
        return messages.findByCaseIdOrderByIdDesc(caseId, pageable).map(CaseMessage::view);
    }

    /** The whole conversation, oldest first: for the client's copy of their personal data. */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public List<MessageView> all(long caseId) {
        return messages.findByCaseIdOrderByIdAsc(caseId).stream().map(CaseMessage::view).toList();
    }

    /**
     * Opening the conversation: marks what the other side sent as read by the caller's side and
     * answers how many that were. An administrator's reading marks nothing and is audited.
     */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional
    public int openConversation(long caseId) {
        if (isAdmin()) {
            audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), caseId,
                    "MESSAGES_READ_BY_ADMIN", "case", String.valueOf(caseId),
                    "An administrator read the conversation between client and counsellor", null));
            return 0;
        }
        return messages.markRead(caseId, mySide().other(), clock.instant());
    }

    /** Messages the caller's side has not read yet (for an administrator: those the counsellor has not read). */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public long unread(long caseId) {
        MessageSide from = isAdmin() ? MessageSide.CLIENT : mySide().other();
        return messages.countByCaseIdAndSideAndReadAtIsNull(caseId, from);
    }

    /** Of these cases, those the caller works on with messages from the client the counsellor has not read. */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, Long> unreadByCounsellor(Collection<Long> caseIds) {
        Set<Long> workable = caseAccess.workable(caseIds);
        Map<Long, Long> counts = new HashMap<>();
        if (!workable.isEmpty()) {
            messages.countUnread(workable, MessageSide.CLIENT.name())
                    .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        }
        return counts;
    }

    /** Whether the caller may post on the case's conversation (administrators read only). */
    @PreAuthorize("isAuthenticated()")
    public boolean maySend() {
        return !isAdmin();
    }

    private MessageSide mySide() {
        return currentUser.hasRole(Role.CLIENT) ? MessageSide.CLIENT : MessageSide.COUNSELLOR;
    }

    private boolean isAdmin() {
        return currentUser.hasRole(Role.ADMIN);
    }
}
