package org.reliefdesk.repayment;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.rates.TrueCostService;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole plan across creditors (decision 014): the three strategies compared on the case's
 * open debts, and the one the counsellor chose. Every method checks its caller; every change is
 * audited in the same transaction.
 */
@Service
@Transactional
public class RepaymentPlanService {

    static final String PLAN_CHOSEN = "REPAYMENT_PLAN_CHOSEN";
    static final String PLAN_CHANGED = "REPAYMENT_PLAN_CHANGED";
    /** The largest monthly amount accepted: 10 million yuan, surely a typing error above. */
    static final Money MAX_MONTHLY = Money.yuan(10_000_000);

    private final CaseService cases;
    private final TrueCostService rates;
    private final CasePlanRepository plans;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    RepaymentPlanService(CaseService cases, TrueCostService rates, CasePlanRepository plans, AuditTrail audit,
            CurrentUser currentUser, Clock clock) {
        this.cases = cases;
        this.rates = rates;
        this.plans = plans;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The three strategies for a monthly amount.
     *
     * @param monthly the money for debts each month; null for the budget's (zero without a budget or when
     *        the household already runs short)
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public PlanComparison compare(long caseId, Money monthly) {
        CaseDetails details = cases.get(caseId);
        Money available = details.budget() == null ? null : details.budget().availableForDebts();
        Money money = monthly != null ? checked(monthly)
                : available == null || available.isNegative() ? Money.ZERO : available;
        List<PlanDebt> debts = planDebts(details);
        return new PlanComparison(caseId, money, available, debts, StrategySimulator.compare(debts, money));
    }

    /** The case's chosen plan, for staff. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public Optional<ChosenPlan> plan(long caseId) {
        return plans.findByCaseId(caseId).map(CasePlan::view);
    }

    /** What the client may see of the chosen plan. */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public Optional<PlanSummary> summary(long caseId) {
        return plans.findByCaseId(caseId).map(CasePlan::view)
                .map(p -> new PlanSummary(p.strategy(), p.monthly(), p.months(), p.totalPaid()));
    }

    /**
     * Makes a strategy and monthly amount the case's plan, with its summary recomputed here on
     * the debts as they are now. Refused (nothing saved) with {@link InvalidValueException} when
     * the case has no open debt, the amount is not positive or too large, or the plan never clears
     * the debts.
     *
     * @param expectedVersion the plan's version as read, null when the case has none yet
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public ChosenPlan choose(long caseId, Long expectedVersion, Strategy strategy, Money monthly) {
        if (strategy == null) {
            throw new InvalidValueException("repayment.error.strategy");
        }
        if (monthly == null || !monthly.isPositive()) {
            throw new InvalidValueException("repayment.error.monthly");
        }
        CaseDetails details = cases.get(caseId);
        List<PlanDebt> debts = planDebts(details);
        if (debts.isEmpty()) {
            throw new InvalidValueException("repayment.error.noDebts");
        }
        Simulation simulation = StrategySimulator.simulate(strategy, debts, checked(monthly));
        if (!simulation.debtFree()) {
            throw new InvalidValueException("repayment.error.never", StrategySimulator.MAX_MONTHS / 12);
        }
        Optional<CasePlan> existing = plans.findByCaseId(caseId);
        if (existing.isPresent() ? expectedVersion == null || existing.get().version() != expectedVersion
                : expectedVersion != null) {
            throw new ConcurrentChangeException();
        }
        ChosenPlan before = existing.map(CasePlan::view).orElse(null);
        CasePlan plan = existing.orElseGet(() -> new CasePlan(caseId));
        Money balance = debts.stream().map(PlanDebt::balance).reduce(Money.ZERO, Money::plus);
        // Micro-seconds, as PostgreSQL stores them, so what is returned equals what is read back.
        plan.choose(simulation, balance, debts.size(), currentUser.requireUsername(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        try {
            plans.saveAndFlush(plan);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
        ChosenPlan after = plan.view();
        Map<String, String> facts = new TreeMap<>(Map.of("strategy", strategy.name(),
                "monthly", after.monthly().format(), "months", String.valueOf(after.months()),
                "totalInterest", after.totalInterest().format()));
        String summary = "Repayment plan: %s, %s a month, debt-free in %d months, interest %s".formatted(strategy,
                after.monthly(), after.months(), after.totalInterest());
        if (before != null) {
            facts.put("fromStrategy", before.strategy().name());
            facts.put("fromMonthly", before.monthly().format());
            facts.put("fromMonths", String.valueOf(before.months()));
            summary += " (was %s, %s a month, %d months)".formatted(before.strategy(), before.monthly(),
                    before.months());
        }
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), caseId,
                before == null ? PLAN_CHOSEN : PLAN_CHANGED, "repayment-plan", String.valueOf(caseId), summary,
                JsonMapper.shared().writeValueAsString(facts)));
        cases.noteActivity(caseId);
        return after;
    }

    /** The case's open debts (neither settled nor excluded) with something owed, as the simulator sees them. */
    private List<PlanDebt> planDebts(CaseDetails details) {
        List<PlanDebt> debts = new ArrayList<>();
        for (DebtLine line : details.debtsByPriority()) {
            if (!line.open() || !line.details().outstanding().isPositive()) {
                continue;
            }
            debts.add(new PlanDebt(line.id(), line.details().lenderName(), line.details().outstanding(),
                    PlanRates.used(line.rankingPercent(), rates.linesFor(line.details().lenderType(),
                            line.details().contractDate())),
                    line.rankingPercent(), null));
        }
        return debts;
    }

    private static Money checked(Money monthly) {
        if (monthly.isNegative() || monthly.compareTo(MAX_MONTHLY) > 0) {
            throw new InvalidValueException("repayment.error.monthly");
        }
        return monthly;
    }
}
