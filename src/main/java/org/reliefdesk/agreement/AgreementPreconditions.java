package org.reliefdesk.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reliefdesk.casefile.Blocker;
import org.reliefdesk.casefile.CaseFacts;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.casefile.StagePrecondition;
import org.reliefdesk.platform.DemoMode;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The agreement rows of the stage table (decision 013): AGREEMENT needs a drafted agreement;
 * REPAYMENT needs every open debt (neither settled nor excluded) to have a signed one;
 * CREDIT_REPAIR needs every open debt's agreement paid off.
 */
@Component
class AgreementPreconditions implements StagePrecondition {

    private final AgreementRepository agreements;
    /**
     * The demo seed of the case module (order 10) walks demo cases into later stages before
     * any agreement exists; this seeder (order 50) fills in their agreements. So in demo mode
     * the rules apply once the application is ready, i.e. after every seeder ran (decision 013).
     */
    private volatile boolean enforced;

    AgreementPreconditions(AgreementRepository agreements, DemoMode demoMode) {
        this.agreements = agreements;
        this.enforced = !demoMode.isEnabled();
    }

    @EventListener(ApplicationReadyEvent.class)
    void enforce() {
        enforced = true;
    }

    @Override
    public List<Blocker> check(CaseFacts facts, Stage to) {
        if (!enforced || (to != Stage.AGREEMENT && to != Stage.REPAYMENT && to != Stage.CREDIT_REPAIR)) {
            return List.of();
        }
        List<Agreement> all = agreements.findByCaseIdOrderById(facts.caseId());
        if (to == Stage.AGREEMENT) {
            boolean drafted = all.stream().anyMatch(a -> a.status() != AgreementStatus.LAPSED);
            return drafted ? List.of() : List.of(Blocker.of("agreement.blocked.noAgreement"));
        }
        Map<Long, StageCoverage.DebtState> byDebt = new HashMap<>();
        for (Agreement a : all) {
            byDebt.merge(a.debtId(), new StageCoverage.DebtState(a.debtId(), a.lenderName(), a.status()),
                    (x, y) -> rank(y.best()) > rank(x.best()) ? y : x);
        }
        List<StageCoverage.DebtState> wanting = to == Stage.REPAYMENT
                ? StageCoverage.unsigned(facts.openDebtIds(), byDebt)
                : StageCoverage.notCompleted(facts.openDebtIds(), byDebt);
        String key = to == Stage.REPAYMENT ? "agreement.blocked.unsigned" : "agreement.blocked.notCompleted";
        List<Blocker> blockers = new ArrayList<>();
        for (StageCoverage.DebtState s : wanting) {
            String name = s.lenderName() != null ? s.lenderName()
                    : facts.openDebts().getOrDefault(s.debtId(), "#" + s.debtId());
            blockers.add(Blocker.of(key, name));
        }
        return blockers;
    }

    private static int rank(AgreementStatus s) {
        return switch (s) {
            case COMPLETED -> 3;
            case SIGNED -> 2;
            case DRAFT -> 1;
            case LAPSED -> 0;
        };
    }
}
