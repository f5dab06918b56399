package org.reliefdesk.rates;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The true cost of a case's loans against their legal lines (decision 007). Every method
 * checks its caller; every change is audited in the same transaction.
 */
@Service
@Transactional
public class TrueCostService {

    static final String STRUCTURE_SAVED = "RATES_STRUCTURE_SAVED";
    static final String FLOWS_SAVED = "RATES_FLOWS_SAVED";
    private static final int MAX_FLOWS = 600;
    /** The largest payment line or service fee accepted: 100 million yuan (the columns hold far more). */
    static final Money MAX_FLOW = Money.yuan(100_000_000);
    /** The last first-due date accepted, in years after the contract date (as for typed payments). */
    private static final int MAX_YEARS = 50;

    private final CaseService cases;
    private final PlanRepository plans;
    private final ReferenceData reference;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    TrueCostService(CaseService cases, PlanRepository plans, ReferenceData reference, AuditTrail audit,
            CurrentUser currentUser, Clock clock) {
        this.cases = cases;
        this.plans = plans;
        this.reference = reference;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every debt of the case, in the case page's order, and the total excess over the lowest lines. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public CaseTrueCost forCase(long caseId) {
        CaseDetails details = cases.get(caseId);
        CapTable table = reference.table();
        Map<Long, Plan> stored = new TreeMap<>();
        plans.findByCaseId(caseId).forEach(p -> stored.put(p.debtId(), p));
        List<DebtTrueCost> debts = new ArrayList<>();
        for (DebtLine line : details.debtsByPriority()) {
            debts.add(cost(line, stored.get(line.id()), table));
        }
        Money total = debts.stream().map(DebtTrueCost::excess).reduce(Money.ZERO, Money::plus);
        return new CaseTrueCost(caseId, List.copyOf(debts), total);
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public DebtTrueCost forDebt(long caseId, long debtId) {
        DebtLine line = debt(caseId, debtId);
        return cost(line, plans.findByDebtId(debtId).orElse(null), reference.table());
    }

    /**
     * One debt's true annual rate, for other modules (e.g. ranking debts by their real cost).
     * Same figure as {@link #forDebt}; see {@link TrueRate.Status} for when there is none.
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public TrueRate trueRate(long caseId, long debtId) {
        return forDebt(caseId, debtId).rate();
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public RepaymentPlan plan(long caseId, long debtId) {
        debt(caseId, debtId);
        return plans.findByDebtId(debtId).map(Plan::toPlan)
                .orElse(new RepaymentPlan(debtId, null, null, List.of()));
    }

    /**
     * Stores how the debt is repaid (null clears it). The schedule is generated once here, so a
     * structure that cannot produce one is refused. A field the method does not use is not
     * stored: the term in days only for {@link RepaymentMethod#BULLET}, the first due date only
     * for the instalment methods. Refused with {@link InvalidValueException}, nothing saved: a fee
     * below 0 or above {@link #MAX_FLOW}; a BULLET term outside 1..36600 days; a first due date not
     * after the contract date or more than 50 years after it.
     *
     * @param expectedVersion the plan's version as read, null if none was stored
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public DebtTrueCost saveStructure(long caseId, long debtId, Long expectedVersion, RepaymentStructure structure) {
        DebtLine line = debt(caseId, debtId);
        structure = checked(line, structure);
        if (structure != null) {
            Schedule.payments(line.details(), structure);
        }
        Plan plan = editable(caseId, debtId, expectedVersion);
        plan.structure(structure, clock.instant());
        saved(plan);
        String method = structure == null ? "NONE" : structure.method().name();
        String fee = structure == null ? Money.ZERO.format() : structure.feePerInstalment().format();
        record(caseId, debtId, STRUCTURE_SAVED, "Repayment structure of debt %d (%s): %s, fee per instalment %s"
                .formatted(debtId, line.details().lenderName(), method, fee),
                Map.of("lender", line.details().lenderName(), "method", method, "fee", fee));
        return forDebt(caseId, debtId);
    }

    /**
     * Stores the borrower's payments typed from the contract or the app (an empty list clears
     * them). When present they replace the generated schedule.
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public DebtTrueCost saveFlows(long caseId, long debtId, Long expectedVersion, List<PlannedFlow> flows) {
        DebtLine line = debt(caseId, debtId);
        List<PlannedFlow> checked = validate(line, flows == null ? List.of() : flows);
        Plan plan = editable(caseId, debtId, expectedVersion);
        plan.flows(checked, clock.instant());
        saved(plan);
        String total = checked.stream().map(PlannedFlow::amount).reduce(Money.ZERO, Money::plus).format();
        record(caseId, debtId, FLOWS_SAVED, "Cash flows of debt %d (%s): %d payments totalling %s"
                .formatted(debtId, line.details().lenderName(), checked.size(), total),
                Map.of("lender", line.details().lenderName(), "count", String.valueOf(checked.size()),
                        "total", total));
        return forDebt(caseId, debtId);
    }

    /** The legal lines in force on a contract date for a lender type, lowest first, notes last. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LegalLine> linesFor(LenderType lenderType, LocalDate contractDate) {
        return reference.table().linesFor(lenderType, contractDate);
    }

    /** The 1-year LPR in force on a date, in percent; empty before the first fixing (2019-08-20). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<BigDecimal> oneYearLpr(LocalDate date) {
        return reference.table().oneYearLpr(date);
    }

    // --- helpers ---

    private DebtTrueCost cost(DebtLine line, Plan plan, CapTable table) {
        return TrueCostCalculator.cost(line.id(), line.details(), plan == null ? null : plan.structure(),
                plan == null ? List.of() : plan.flows(),
                table.linesFor(line.details().lenderType(), line.details().contractDate()));
    }

    /** A debt of another case is "not found", like a missing one. */
    private DebtLine debt(long caseId, long debtId) {
        return cases.get(caseId).debtsByPriority().stream().filter(d -> d.id() == debtId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private Plan editable(long caseId, long debtId, Long expectedVersion) {
        Optional<Plan> existing = plans.findByDebtId(debtId);
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw new ConcurrentChangeException();
            }
            return new Plan(caseId, debtId, clock.instant());
        }
        if (expectedVersion == null || existing.get().version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return existing.get();
    }

    private void saved(Plan plan) {
        try {
            plans.saveAndFlush(plan);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
    }

    /** The structure with the fields its method does not use cleared, or a refusal. */
    private static RepaymentStructure checked(DebtLine line, RepaymentStructure structure) {
        if (structure == null) {
            return null;
        }
        if (structure.method() == null) {
            throw new InvalidValueException("rates.error.method");
        }
        LocalDate contract = line.details().contractDate();
        if (contract == null) {
            throw new InvalidValueException("rates.error.contractDate");
        }
        Money fee = structure.feePerInstalment();
        if (fee.isNegative() || fee.compareTo(MAX_FLOW) > 0) {
            throw new InvalidValueException("rates.error.fee");
        }
        boolean bullet = structure.method() == RepaymentMethod.BULLET;
        Integer termDays = bullet ? structure.termDays() : null;
        if (termDays != null && (termDays < 1 || termDays > 36_600)) {
            throw new InvalidValueException("rates.error.termDays");
        }
        LocalDate firstDue = bullet ? null : structure.firstDueDate();
        if (firstDue != null && (!firstDue.isAfter(contract) || firstDue.isAfter(contract.plusYears(MAX_YEARS)))) {
            throw new InvalidValueException("rates.error.firstDueDate");
        }
        return new RepaymentStructure(structure.method(), firstDue, fee, termDays);
    }

    private static List<PlannedFlow> validate(DebtLine line, List<PlannedFlow> flows) {
        LocalDate contract = line.details().contractDate();
        if (contract == null) {
            throw new InvalidValueException("rates.error.contractDate");
        }
        if (flows.size() > MAX_FLOWS) {
            throw new InvalidValueException("rates.error.tooManyFlows", MAX_FLOWS);
        }
        List<PlannedFlow> checked = new ArrayList<>(flows.size());
        for (int i = 0; i < flows.size(); i++) {
            PlannedFlow flow = flows.get(i);
            int number = i + 1;
            if (flow == null || flow.date() == null || flow.date().isBefore(contract)
                    || flow.date().isAfter(contract.plusYears(50))) {
                throw new InvalidValueException("rates.error.flowDate", number);
            }
            if (flow.amount() == null || !flow.amount().isPositive() || flow.amount().compareTo(MAX_FLOW) > 0) {
                throw new InvalidValueException("rates.error.flowAmount", number);
            }
            String note = flow.note() == null || flow.note().isBlank() ? null : flow.note().strip();
            if (note != null && note.length() > 100) {
                throw new InvalidValueException("rates.error.flowNote", number);
            }
            checked.add(new PlannedFlow(flow.date(), flow.amount(), note));
        }
        return checked;
    }

    private void record(long caseId, long debtId, String action, String summary, Map<String, String> facts) {
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), caseId, action,
                "debt", String.valueOf(debtId), summary, JsonMapper.shared().writeValueAsString(new TreeMap<>(facts))));
        cases.noteActivity(caseId);
    }
}
