package org.reliefdesk.repayment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.reliefdesk.shared.Money;

/** The case's chosen plan; the summary is the one computed when it was chosen, so it does not drift. */
@Entity
@Table(name = "repayment_plan")
class CasePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Strategy strategy;

    @Column(name = "monthly_amount", nullable = false)
    private BigDecimal monthlyAmount;

    @Column(nullable = false)
    private int months;

    @Column(name = "total_paid", nullable = false)
    private BigDecimal totalPaid;

    @Column(name = "total_interest", nullable = false)
    private BigDecimal totalInterest;

    @Column(nullable = false)
    private BigDecimal balance;

    @Column(name = "debt_count", nullable = false)
    private int debtCount;

    @Column(name = "chosen_by", nullable = false)
    private String chosenBy;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    protected CasePlan() {
    }

    CasePlan(long caseId) {
        this.caseId = caseId;
    }

    void choose(Simulation simulation, Money balance, int debtCount, String by, Instant at) {
        this.strategy = simulation.strategy();
        this.monthlyAmount = simulation.monthly().amount();
        this.months = simulation.months();
        this.totalPaid = simulation.totalPaid().amount();
        this.totalInterest = simulation.totalInterest().amount();
        this.balance = balance.amount();
        this.debtCount = debtCount;
        this.chosenBy = by;
        this.chosenAt = at;
    }

    long version() {
        return version;
    }

    ChosenPlan view() {
        return new ChosenPlan(caseId, version, strategy, Money.of(monthlyAmount), months, Money.of(totalPaid),
                Money.of(totalInterest), Money.of(balance), debtCount, chosenBy, chosenAt);
    }
}
