package org.reliefdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.reliefdesk.platform.ReliefDeskProperties;

/** The throttling policy with real Bucket4j buckets and a clock the test moves. */
class LoginThrottleTest {

    private final ManualTime time = new ManualTime();
    private final Map<String, Bucket> buckets = new HashMap<>();
    private final LoginThrottle throttle = new LoginThrottle(
            (key, configuration) -> buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .withCustomTimePrecision(time)
                    .addLimit(configuration.getBandwidths()[0])
                    .build()),
            new ReliefDeskProperties.Login(5, Duration.ofMinutes(3), 30, Duration.ofMinutes(2), 20,
                    Duration.ofMinutes(1)));

    @Test
    void five_failures_from_one_address_block_that_account_from_that_address() {
        failTimes("wangjing", "10.0.0.1", 5);

        assertThat(throttle.allowsAttempt("wangjing", "10.0.0.1")).isFalse();
        assertThat(throttle.allowsAttempt("wangjing", "10.0.0.2")).isTrue();
        assertThat(throttle.allowsAttempt("liming", "10.0.0.1")).isTrue();
    }

    @Test
    void a_blocked_attempt_is_allowed_again_after_the_refill_period() {
        failTimes("wangjing", "10.0.0.1", 5);
        time.advance(Duration.ofMinutes(2));
        assertThat(throttle.allowsAttempt("wangjing", "10.0.0.1")).isFalse();

        time.advance(Duration.ofMinutes(1));
        assertThat(throttle.allowsAttempt("wangjing", "10.0.0.1")).isTrue();

        throttle.recordFailure("wangjing", "10.0.0.1");
        assertThat(throttle.allowsAttempt("wangjing", "10.0.0.1")).isFalse();
    }

    @Test
    void one_address_trying_many_accounts_is_blocked_for_every_account() {
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure("user" + i, "10.0.0.9");
        }
        assertThat(throttle.allowsAttempt("someone-new", "10.0.0.9")).isFalse();
        assertThat(throttle.allowsAttempt("someone-new", "10.0.0.10")).isTrue();
    }

    @Test
    void strangers_everywhere_delay_an_account_for_a_minute_not_longer() {
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("wangjing", "192.0.2." + i);
        }
        assertThat(throttle.allowsAttempt("wangjing", "198.51.100.7")).isFalse();

        time.advance(Duration.ofMinutes(1));
        assertThat(throttle.allowsAttempt("wangjing", "198.51.100.7")).isTrue();
    }

    @Test
    void names_are_compared_as_typed_after_normalising_so_existence_does_not_matter() {
        failTimes("  WangJing ", "10.0.0.1", 5);
        assertThat(throttle.allowsAttempt("wangjing", "10.0.0.1")).isFalse();

        failTimes("no-such-user", "10.0.0.3", 5);
        assertThat(throttle.allowsAttempt("no-such-user", "10.0.0.3")).isFalse();
    }

    @Test
    void a_missing_address_is_throttled_like_any_other() {
        failTimes("wangjing", null, 5);
        assertThat(throttle.allowsAttempt("wangjing", null)).isFalse();
    }

    private void failTimes(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.allowsAttempt(username, address)).as("attempt %d", i + 1).isTrue();
            throttle.recordFailure(username, address);
        }
    }

    private static final class ManualTime implements TimeMeter {
        private long nanos = TimeUnit.DAYS.toNanos(1);

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
