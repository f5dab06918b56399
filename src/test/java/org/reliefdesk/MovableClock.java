package org.reliefdesk;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock tests move, in Beijing time, to put the portal on a chosen day (a due date
 * passing, an answer becoming overdue). Install it as the context's {@code Clock} with
 * {@code @TestBean} and a static factory method returning one shared instance.
 */
public final class MovableClock extends Clock {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    public MovableClock(Instant start) {
        this.now = start;
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
