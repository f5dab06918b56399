package org.reliefdesk.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies the audit chain every night (02:30 Beijing unless {@code reliefdesk.audit.verify-cron} says
 * otherwise, environment {@code RELIEFDESK_AUDIT_VERIFYCRON}) and records the outcome; one node at a
 * time (ShedLock, decision 016). A million entries take about 2 s (docs/performance.md).
 */
@Component
public class NightlyVerification {

    private final VerificationRuns runs;

    NightlyVerification(VerificationRuns runs) {
        this.runs = runs;
    }

    @Scheduled(cron = "${reliefdesk.audit.verify-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "audit-chain-verification", lockAtMostFor = "PT1H")
    public VerificationRun verifyChain() {
        return runs.run(VerificationRun.Trigger.SCHEDULE, VerificationRuns.SCHEDULE);
    }
}
