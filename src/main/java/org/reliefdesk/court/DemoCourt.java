package org.reliefdesk.court;

import java.time.Clock;
import java.time.LocalDate;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.casefile.DemoCaseWalk;
import org.reliefdesk.platform.DemoSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, gives two cases of the demo counsellor {@code counsellor} court papers through the real
 * service: a civil complaint served ten days ago (its defence is due in five: the case page shows
 * an urgent alert) and a payment order served four days ago. Once, under a lock.
 */
@Component
@Order(80)
class DemoCourt implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCourt.class);
    private static final long SEED_LOCK = 0x5244_434F_5552L;

    private final DemoCaseWalk walk;
    private final CourtService court;
    private final DemoSeed demoSeed;
    private final Clock clock;

    DemoCourt(DemoCaseWalk walk, CourtService court, DemoSeed demoSeed, Clock clock) {
        this.walk = walk;
        this.court = court;
        this.demoSeed = demoSeed;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoSeed.once(SEED_LOCK, "legal_action", this::seed);
    }

    private void seed() {
        int[] seeded = {0};
        int cases = walk.casesPastIntake(2, c -> "counsellor".equals(c.counsellorUsername())
                && seed(c, seeded[0] == 0) && ++seeded[0] > 0);
        log.info("Demo mode: seeded court papers on {} cases", cases);
    }

    private boolean seed(CaseDetails c, boolean complaint) {
        DebtLine debt = c.debtsByPriority().stream().filter(DebtLine::open).findFirst().orElse(null);
        if (debt == null) {
            return false;
        }
        LocalDate today = LocalDate.now(clock.withZone(CourtDeadlines.BEIJING));
        if (complaint) {
            court.add(c.id(), new LegalActionDetails(debt.id(), LegalActionType.CIVIL_COMPLAINT, "北京市朝阳区人民法院",
                    "(" + today.getYear() + ")京0105民初" + (12000 + c.id()) + "号", today.minusDays(10),
                    "起诉状副本与传票同日邮寄送达；请客户带齐还款记录。"));
        } else {
            court.add(c.id(), new LegalActionDetails(debt.id(), LegalActionType.PAYMENT_ORDER, "上海市浦东新区人民法院",
                    "(" + today.getYear() + ")沪0115民督" + (300 + c.id()) + "号", today.minusDays(4),
                    "支付令经电子送达，金额含罚息。"));
        }
        return true;
    }
}
