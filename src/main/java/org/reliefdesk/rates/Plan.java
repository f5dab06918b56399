package org.reliefdesk.rates;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reliefdesk.shared.Money;

/** What a counsellor stored about how one debt is repaid. */
@Entity
@Table(name = "rates_plan")
class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "debt_id", nullable = false, unique = true)
    private long debtId;

    @Enumerated(EnumType.STRING)
    private RepaymentMethod method;

    @Column(name = "first_due_date")
    private LocalDate firstDueDate;

    @Column(name = "fee_per_instalment", nullable = false)
    private BigDecimal feePerInstalment = BigDecimal.ZERO;

    @Column(name = "term_days")
    private Integer termDays;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "rates_cash_flow", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<Flow> flows = new ArrayList<>();

    @Embeddable
    static class Flow {
        @Column(name = "flow_date", nullable = false)
        private LocalDate date;
        @Column(nullable = false)
        private BigDecimal amount;
        private String note;

        protected Flow() {
        }

        Flow(PlannedFlow flow) {
            date = flow.date();
            amount = flow.amount().amount();
            note = flow.note();
        }

        PlannedFlow toFlow() {
            return new PlannedFlow(date, Money.of(amount), note);
        }
    }

    protected Plan() {
    }

    Plan(long caseId, long debtId, Instant now) {
        this.caseId = caseId;
        this.debtId = debtId;
        this.updatedAt = now;
    }

    void structure(RepaymentStructure structure, Instant now) {
        method = structure == null ? null : structure.method();
        firstDueDate = structure == null ? null : structure.firstDueDate();
        feePerInstalment = structure == null ? BigDecimal.ZERO : structure.feePerInstalment().amount();
        termDays = structure == null ? null : structure.termDays();
        updatedAt = now;
    }

    void flows(List<PlannedFlow> typed, Instant now) {
        flows.clear();
        typed.forEach(f -> flows.add(new Flow(f)));
        updatedAt = now;
    }

    RepaymentStructure structure() {
        return method == null ? null : new RepaymentStructure(method, firstDueDate, Money.of(feePerInstalment),
                termDays);
    }

    List<PlannedFlow> flows() {
        return flows.stream().map(Flow::toFlow).toList();
    }

    long caseId() {
        return caseId;
    }

    long debtId() {
        return debtId;
    }

    long version() {
        return version;
    }

    RepaymentPlan toPlan() {
        return new RepaymentPlan(debtId, version, structure(), flows());
    }
}
