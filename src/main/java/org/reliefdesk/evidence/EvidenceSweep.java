package org.reliefdesk.evidence;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start-up, in the background, removes files that a crash between writing a
 * file and committing its row left in the file store (decision 008). Only files
 * older than a day are touched, so an upload in progress on another node sharing
 * the directory is never hit; several nodes sweeping at once only repeat deletes.
 */
@Component
class EvidenceSweep implements ApplicationRunner {

    static final Duration MIN_AGE = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(EvidenceSweep.class);

    private final EvidenceStore store;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EvidenceSweep(EvidenceStore store, JdbcTemplate jdbc, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store instanceof FileSystemEvidenceStore files) {
            Thread.ofVirtual().name("evidence-sweep").start(() -> sweep(files));
        }
    }

    int sweep(FileSystemEvidenceStore files) {
        try {
            int deleted = files.sweep(clock.instant().minus(MIN_AGE), key -> Boolean.TRUE.equals(jdbc.queryForObject(
                    "select exists (select 1 from evidence_item where storage_key = ?)", Boolean.class, key)));
            if (deleted > 0) {
                log.warn("Evidence sweep deleted {} leftover file(s)", deleted);
            }
            return deleted;
        } catch (Exception e) {
            log.error("Evidence sweep failed; leftover files stay until the next start", e);
            return 0;
        }
    }
}
