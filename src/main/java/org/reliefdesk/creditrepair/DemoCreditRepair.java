package org.reliefdesk.creditrepair;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.casefile.DemoCaseWalk;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.platform.DemoSeed;
import org.reliefdesk.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, gives each demo counsellor's first case in credit repair a credit report
 * check with two negative entries (one settled and counting down, one of a lender not on
 * the case and not settled) and a dispute filed 25 days ago, unanswered and so overdue; and
 * closes each counsellor's last case in credit repair after recording its outcome (the demo
 * cases stop at credit repair because closing needs that outcome). Through the real
 * services, once, under a database lock.
 */
@Component
@Order(70)
class DemoCreditRepair implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCreditRepair.class);
    private static final long SEED_LOCK = 0x5244_4443_5250L;
    /** DemoCases puts three cases per counsellor in credit repair: the first is worked on, the third closed. */
    private static final int CLOSED_POSITION = 3;

    private final DemoCaseWalk walk;
    private final CreditRepairService credit;
    private final CaseService cases;
    private final DemoSeed demoSeed;
    private final Clock clock;

    DemoCreditRepair(DemoCaseWalk walk, CreditRepairService credit, CaseService cases, DemoSeed demoSeed,
            Clock clock) {
        this.walk = walk;
        this.credit = credit;
        this.cases = cases;
        this.demoSeed = demoSeed;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoSeed.once(SEED_LOCK, "credit_check", this::seed);
    }

    private void seed() {
        Map<String, Integer> seen = new HashMap<>();
        int seeded = walk.casesPastIntake(c -> {
            if (c.stage() != Stage.CREDIT_REPAIR || c.debtsByPriority().isEmpty()) {
                return false;
            }
            int position = seen.merge(c.counsellorUsername(), 1, Integer::sum);
            if (position == 1) {
                work(c);
                return true;
            }
            if (position == CLOSED_POSITION) {
                close(c);
                return true;
            }
            return false;
        });
        log.info("Demo mode: seeded credit repair on {} cases", seeded);
    }

    private void work(CaseDetails c) {
        LocalDate today = LocalDate.now(clock.withZone(CreditRepairService.CHINA));
        DebtLine debt = c.debtsByPriority().getFirst();
        CreditCheckView check = credit.recordCheck(c.id(), new CreditCheckDraft(today.minusDays(30),
                CheckSource.PBOC_REPORT, "两条不良记录：一条已结清的逾期记录，一条不认识的小额贷款呆账记录（疑似冒名）。"));
        credit.addEntry(c.id(), check.id(), new NegativeEntryDraft(debt.id(), null, EntryKind.OVERDUE,
                debt.details().outstanding(), today.minusDays(60)));
        NegativeEntryView unknown = credit.addEntry(c.id(), check.id(), new NegativeEntryDraft(null,
                "某某小额贷款有限公司", EntryKind.BAD_DEBT, Money.yuan(3000), null));
        credit.fileDispute(c.id(), new DisputeDraft(today.minusDays(25),
                "客户从未向该公司借款，申请核查并删除该呆账记录。", unknown.id(), DisputeParty.CREDIT_CENTRE, null));
    }

    private void close(CaseDetails c) {
        OutcomeDraft prefill = credit.outcomePrefill(c.id());
        credit.recordOutcome(c.id(), null, new OutcomeDraft(Math.max(prefill.debtsSettled(),
                c.debtsByPriority().size()), Money.yuan(1200), prefill.monthsTaken(),
                "全部债务按协议结清，减免部分罚息；征信异议已处理完毕。"));
        cases.moveStage(c.id(), cases.get(c.id()).version(), Stage.CLOSED, "全部债务已结清，征信异议已处理完毕。");
    }
}
