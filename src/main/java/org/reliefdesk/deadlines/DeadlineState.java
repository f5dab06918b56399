package org.reliefdesk.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where a deadline stands on a Beijing day. Computed on read from the clock, never stored,
 * so the lists turn over at Beijing midnight without a job running.
 */
public enum DeadlineState {
    /** Still to do, due after today. */
    OPEN,
    /** Still to do, due today. */
    DUE_TODAY,
    /** Still to do, due before today: missed. */
    OVERDUE,
    /** Done on or before its due date. */
    MET,
    /** Done after its due date: missed. */
    LATE;

    /** Deadlines are Beijing dates. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public static DeadlineState of(DeadlineKind kind, LocalDate dueOn, LocalDate doneOn, LocalDate today) {
        if (kind.endsByItself() && doneOn == null && today.isAfter(dueOn)) {
            return MET;
        }
        return of(dueOn, doneOn, today);
    }

    /**
     * @param today the Beijing date of now (see {@link #beijingDate})
     */
    public static DeadlineState of(LocalDate dueOn, LocalDate doneOn, LocalDate today) {
        if (doneOn != null) {
            return doneOn.isAfter(dueOn) ? LATE : MET;
        }
        if (today.isAfter(dueOn)) {
            return OVERDUE;
        }
        return today.isEqual(dueOn) ? DUE_TODAY : OPEN;
    }

    /** The Beijing date of an instant: a day starts at 00:00 Beijing time, 16:00 UTC the day before. */
    public static LocalDate beijingDate(Instant instant) {
        return LocalDate.ofInstant(instant, CHINA);
    }

    public boolean done() {
        return this == MET || this == LATE;
    }

    public boolean missed() {
        return this == OVERDUE || this == LATE;
    }
}
