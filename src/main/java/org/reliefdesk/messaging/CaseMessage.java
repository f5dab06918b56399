package org.reliefdesk.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message once sent is never edited; only the other side's reading is recorded (in bulk, by query). */
@Entity
@Table(name = "case_message")
class CaseMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MessageSide side;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected CaseMessage() {
    }

    CaseMessage(long caseId, MessageSide side, String author, String body, Instant sentAt) {
        this.caseId = caseId;
        this.side = side;
        this.author = author;
        this.body = body;
        this.sentAt = sentAt;
    }

    Long id() {
        return id;
    }

    MessageView view() {
        return new MessageView(id, caseId, side, author, body, sentAt, readAt);
    }
}
