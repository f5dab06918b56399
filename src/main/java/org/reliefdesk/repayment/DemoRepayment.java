package org.reliefdesk.repayment;

import org.reliefdesk.casefile.CaseDetails;
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
 * In demo mode, gives a few demo cases in agreement or repayment a chosen plan (the avalanche
 * on the budget's money for debts), through the real service, once, under a database lock.
 */
@Component
@Order(60)
class DemoRepayment implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRepayment.class);
    private static final long SEED_LOCK = 0x5244_5245_504CL;
    private static final int CASES = 3;

    private final DemoCaseWalk walk;
    private final RepaymentPlanService plans;
    private final DemoSeed demoSeed;

    DemoRepayment(DemoCaseWalk walk, RepaymentPlanService plans, DemoSeed demoSeed) {
        this.walk = walk;
        this.plans = plans;
        this.demoSeed = demoSeed;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoSeed.once(SEED_LOCK, "repayment_plan", this::seed);
    }

    private void seed() {
        log.info("Demo mode: chose a repayment plan on {} cases", walk.casesPastIntake(CASES, this::plan));
    }

    private boolean plan(CaseDetails c) {
        if ((c.stage() != Stage.REPAYMENT && c.stage() != Stage.AGREEMENT) || c.budget() == null) {
            return false;
        }
        Money available = c.budget().availableForDebts();
        if (!available.isPositive()) {
            return false;
        }
        // Checked first, not caught: a refusal inside the seed's transaction would roll all of it back.
        PlanComparison comparison = plans.compare(c.id(), available);
        if (comparison.debts().isEmpty() || !comparison.of(Strategy.AVALANCHE).debtFree()) {
            return false;
        }
        plans.choose(c.id(), null, Strategy.AVALANCHE, available);
        return true;
    }
}
