package org.reliefdesk.security;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.reliefdesk.platform.ReliefDeskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Login-throttle buckets stored in PostgreSQL, shared by every app node. */
@Configuration(proxyBeanMethods = false)
class LoginThrottleConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleConfiguration.class);

    @Bean
    PostgreSQLSelectForUpdateBasedProxyManager<String> loginThrottleBuckets(DataSource dataSource) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("login_throttle")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                // A bucket that has refilled completely carries no information: let it expire.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
    }

    @Bean
    LoginThrottle loginThrottle(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets,
            ReliefDeskProperties properties) {
        return new LoginThrottle((key, configuration) -> buckets.builder().build(key, () -> configuration),
                properties.login());
    }

    @Bean
    ExpiredBucketCleaner expiredBucketCleaner(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
        return new ExpiredBucketCleaner(buckets);
    }

    /** Deleting expired rows is idempotent, so every node may run it without a lock. */
    static class ExpiredBucketCleaner {

        private static final int BATCH = 1000;
        private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

        ExpiredBucketCleaner(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
            this.buckets = buckets;
        }

        @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
        void removeExpired() {
            int removed;
            int total = 0;
            do {
                removed = buckets.removeExpired(BATCH);
                total += removed;
            } while (removed == BATCH);
            if (total > 0) {
                log.debug("Removed {} expired login-throttle buckets", total);
            }
        }
    }
}
