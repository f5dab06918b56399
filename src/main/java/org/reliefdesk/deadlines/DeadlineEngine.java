package org.reliefdesk.deadlines;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.reliefdesk.audit.AuditRecorded;
import org.reliefdesk.casefile.CaseDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the {@code deadline} rows from the {@link DeadlineSource}s (decision 017): a case
 * after each committed audited change of it, every case nightly, and everything at start
 * when the table is still empty. Runs with nobody signed in; no access checks here.
 */
@Component
class DeadlineEngine {

    private static final Logger log = LoggerFactory.getLogger(DeadlineEngine.class);
    static final int CHUNK = 200;
    /** First key of the per-case advisory locks ("DL"), apart from the audit chain's lock. */
    private static final int CASE_LOCK_SPACE = 0x444C;

    private final List<DeadlineSource> sources;
    private final DeadlineStore store;
    private final CaseDirectory directory;
    private final Clock clock;
    private final TransactionTemplate writing;

    DeadlineEngine(List<DeadlineSource> sources, DeadlineStore store, CaseDirectory directory, Clock clock,
            PlatformTransactionManager transactions) {
        this.sources = List.copyOf(sources);
        this.store = store;
        this.directory = directory;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Collects the cases an audited transaction touched and refreshes each once after it
     * commits (a request that appends ten entries on one case refreshes it once). Nothing
     * happens on rollback. A failure is logged, never thrown: the user's change has committed,
     * and the nightly reconciliation repairs what a refresh missed.
     */
    @EventListener
    void on(AuditRecorded event) {
        if (event.caseId() == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<Long> cases = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, cases);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DeadlineEngine.this);
                    if (status == STATUS_COMMITTED) {
                        try {
                            refresh(cases);
                        } catch (RuntimeException e) {
                            log.warn("Deadline refresh of cases {} failed; the nightly run repairs it", cases, e);
                        }
                    }
                }
            });
            pending = cases;
        }
        pending.add(event.caseId());
    }

    /** The nightly reconciliation: Beijing 02:30, once across nodes. */
    @Scheduled(cron = "0 30 2 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "deadlines-reconcile", lockAtMostFor = "PT30M")
    public void nightly() {
        reconcileAll();
    }

    /** Every case, in chunks of {@value #CHUNK}, each chunk in its own transaction; returns the cases refreshed. */
    public int reconcileAll() {
        List<Long> all = directory.allCaseIds();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            try {
                refresh(chunk);
            } catch (RuntimeException e) {
                log.error("Deadline reconciliation of {} cases from case {} failed", chunk.size(), chunk.get(0), e);
            }
        }
        log.info("Deadline reconciliation refreshed {} cases", all.size());
        return all.size();
    }

    /** After the demo seeders (and on a first start after an upgrade): fill an empty table. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void fillWhenEmpty() {
        Long rows = store.jdbc().queryForObject("select count(*) from (select 1 from deadline limit 1) d", Long.class);
        if (rows != null && rows == 0) {
            reconcileAll();
        }
    }

    /**
     * Asks every source about these cases and replaces exactly their kinds' rows, in one
     * transaction that first locks the cases (in id order, so two refreshes never deadlock):
     * a refresh that overlaps another of the same case waits for it and then reads what it
     * committed, so an older answer never overwrites a newer one. A source that throws keeps
     * its old rows (logged); the others still refresh. Idempotent.
     */
    public void refresh(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return;
        }
        writing.executeWithoutResult(s -> {
            caseIds.stream().distinct().sorted().forEach(id -> store.jdbc().queryForList(
                    "select pg_advisory_xact_lock(?, ?)", CASE_LOCK_SPACE, Long.hashCode(id)));
            refreshLocked(caseIds);
        });
    }

    private void refreshLocked(Collection<Long> caseIds) {
        Map<Long, CaseDirectory.Owner> owners = directory.owners(caseIds);
        Set<Long> live = new LinkedHashSet<>();
        Set<Long> ended = new LinkedHashSet<>();
        for (Long id : caseIds) {
            CaseDirectory.Owner owner = owners.get(id);
            if (owner != null && !owner.stage().isFinished()) {
                live.add(id);
            } else if (owner != null) {
                ended.add(id);
            }
        }
        Map<DeadlineSource, List<Deadline>> answers = new HashMap<>();
        for (DeadlineSource source : sources) {
            try {
                List<Deadline> found = source.deadlinesOf(owners.keySet());
                answers.put(source, found.stream().filter(d -> source.kinds().contains(d.kind())
                        && owners.containsKey(d.caseId())
                        // An ended case keeps what was done (for the statistics), not what is left to do.
                        && (live.contains(d.caseId()) || d.doneOn() != null)).toList());
            } catch (RuntimeException e) {
                log.error("Deadline source {} failed for {} cases; its rows stay as they were",
                        source.getClass().getSimpleName(), owners.size(), e);
            }
        }
        answers.forEach((source, found) ->
                store.replace(owners.keySet(), source.kinds(), found, clock.instant()));
        if (!ended.isEmpty()) {
            store.deleteOpen(ended);
        }
    }

    List<DeadlineSource> sources() {
        return sources;
    }
}
