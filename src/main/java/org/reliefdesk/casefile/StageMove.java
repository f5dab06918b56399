package org.reliefdesk.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move between stages: who, when, from, to and why. Never changed once written. */
@Entity
@Table(name = "case_stage_move")
class StageMove {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", nullable = false, updatable = false)
    private Stage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, updatable = false)
    private Stage to;

    @Column(name = "moved_by", nullable = false, updatable = false)
    private String movedBy;

    @Column(name = "moved_at", nullable = false, updatable = false)
    private Instant movedAt;

    @Column(updatable = false)
    private String reason;

    protected StageMove() {
    }

    StageMove(Stage from, Stage to, String movedBy, Instant movedAt, String reason) {
        this.from = from;
        this.to = to;
        this.movedBy = movedBy;
        this.movedAt = movedAt;
        this.reason = reason;
    }

    StageMoveRecord record() {
        return new StageMoveRecord(from, to, movedBy, movedAt, reason);
    }
}
