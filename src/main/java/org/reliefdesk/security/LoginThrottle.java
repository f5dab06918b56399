package org.reliefdesk.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.List;
import org.reliefdesk.platform.ReliefDeskProperties;

/**
 * Slows down password guessing. Only failures take tokens; a login is refused
 * while any of three buckets is empty:
 * <ul>
 * <li>this account from this address: tight, so one attacker is held back quickly;</li>
 * <li>this address across all accounts: stops one address from spraying many accounts;</li>
 * <li>this account from anywhere: loose and refilling every minute, so a stranger
 * elsewhere can delay a real user but not lock them out for long.</li>
 * </ul>
 * The buckets are keyed by the name typed, whether or not such an account exists,
 * so being throttled says nothing about which accounts exist.
 */
public class LoginThrottle {

    /** Where buckets come from: PostgreSQL in the app, local buckets in unit tests. */
    @FunctionalInterface
    public interface BucketSource {
        Bucket bucket(String key, BucketConfiguration configuration);
    }

    private static final String UNKNOWN_ADDRESS = "unknown";

    private final BucketSource buckets;
    private final BucketConfiguration perAccountAndAddress;
    private final BucketConfiguration perAddress;
    private final BucketConfiguration perAccount;

    public LoginThrottle(BucketSource buckets, ReliefDeskProperties.Login settings) {
        this.buckets = buckets;
        this.perAccountAndAddress = configuration(settings.perAccountAndAddressCapacity(),
                settings.perAccountAndAddressRefill());
        this.perAddress = configuration(settings.perAddressCapacity(), settings.perAddressRefill());
        this.perAccount = configuration(settings.perAccountCapacity(), settings.perAccountRefill());
    }

    /** True when a login attempt for this name from this address may be checked now. */
    public boolean allowsAttempt(String typedUsername, String address) {
        return bucketsFor(typedUsername, address).stream().allMatch(bucket -> bucket.getAvailableTokens() > 0);
    }

    public void recordFailure(String typedUsername, String address) {
        bucketsFor(typedUsername, address).forEach(bucket -> bucket.tryConsume(1));
    }

    private List<Bucket> bucketsFor(String typedUsername, String address) {
        String user = Usernames.normalise(typedUsername);
        String from = address == null || address.isBlank() ? UNKNOWN_ADDRESS : address;
        return List.of(
                buckets.bucket("account-address:" + user + "|" + from, perAccountAndAddress),
                buckets.bucket("address:" + from, perAddress),
                buckets.bucket("account:" + user, perAccount));
    }

    private static BucketConfiguration configuration(int capacity, Duration refillOneTokenEvery) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(1, refillOneTokenEvery).build())
                .build();
    }
}
