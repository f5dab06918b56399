package org.reliefdesk.negotiation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;

/** One proposal in a debt's thread; its status changes only through {@link ProposalStatus}'s table. */
@Entity
@Table(name = "negotiation_proposal")
class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "debt_id", nullable = false, updatable = false)
    private long debtId;

    @Column(name = "answers_id", updatable = false)
    private Long answersId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalSide side;

    @Column(name = "proposed_on", nullable = false)
    private LocalDate proposedOn;

    @Column(name = "extension_months")
    private Integer extensionMonths;

    private Integer instalments;

    @Column(name = "waive_penalty_interest", nullable = false)
    private boolean waivePenaltyInterest;

    @Column(name = "waive_late_fees", nullable = false)
    private boolean waiveLateFees;

    @Column(name = "discount_percent")
    private BigDecimal discountPercent;

    @Column(name = "pause_from")
    private LocalDate pauseFrom;

    @Column(name = "pause_until")
    private LocalDate pauseUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalStatus status;

    @Column(name = "lender_answer")
    private String lenderAnswer;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "negotiation_proposal_call", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "call_id")
    private Set<Long> callIds = new HashSet<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The plan stored when the proposal was sent or accepted; null while it is a draft. */
    @Enumerated(EnumType.STRING)
    @Column(name = "plan_shape")
    private PlanPayment.Shape planShape;

    @Column(name = "plan_monthly")
    private BigDecimal planMonthly;

    @Column(name = "plan_one_off")
    private BigDecimal planOneOff;

    @Column(name = "plan_total")
    private BigDecimal planTotal;

    @Column(name = "plan_balance")
    private BigDecimal planBalance;

    @Version
    private long version;

    protected Proposal() {
    }

    /** A lender's proposal is recorded once it has been made (sent); the client side's starts as a draft. */
    Proposal(long caseId, long debtId, Long answersId, ProposalDraft draft, DebtBalance balance, String createdBy,
            Instant now) {
        this.caseId = caseId;
        this.debtId = debtId;
        this.answersId = answersId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = draft.side() == ProposalSide.LENDER ? ProposalStatus.SENT : ProposalStatus.DRAFT;
        apply(draft, now);
        if (status == ProposalStatus.SENT) {
            storePlan(balance);
        }
    }

    void edit(ProposalDraft draft, Instant now) {
        if (status != ProposalStatus.DRAFT) {
            throw new InvalidValueException("negotiation.error.notADraft");
        }
        if (draft.side() != side) {
            // A lender's proposal is recorded as sent; a client draft cannot become one and stay a draft.
            throw new InvalidValueException("negotiation.error.sideChange");
        }
        apply(draft, now);
    }

    /** Moves along the status table; sending or accepting stores the plan on the balance of that day. */
    void moveTo(ProposalStatus to, String answer, DebtBalance balance, Instant now) {
        if (!status.canMoveTo(to)) {
            throw new InvalidValueException("negotiation.error.transition", status.name(), to.name());
        }
        if ((to == ProposalStatus.SENT || to == ProposalStatus.ACCEPTED) && planShape == null) {
            storePlan(balance);
        }
        status = to;
        if (answer != null) {
            lenderAnswer = answer;
        }
        updatedAt = now;
    }

    void counteredBy(Instant now) {
        if (!status.canBeCountered()) {
            throw new InvalidValueException("negotiation.error.notCounterable");
        }
        status = ProposalStatus.COUNTERED;
        updatedAt = now;
    }

    private void apply(ProposalDraft d, Instant now) {
        side = d.side();
        proposedOn = d.proposedOn();
        ProposalTerms t = d.terms();
        extensionMonths = t.extensionMonths();
        instalments = t.instalments();
        waivePenaltyInterest = t.waivePenaltyInterest();
        waiveLateFees = t.waiveLateFees();
        discountPercent = t.discountPercent();
        pauseFrom = t.pauseFrom();
        pauseUntil = t.pauseUntil();
        callIds.clear();
        callIds.addAll(d.callIds());
        updatedAt = now;
    }

    ProposalTerms terms() {
        return new ProposalTerms(extensionMonths, instalments, waivePenaltyInterest, waiveLateFees, discountPercent,
                pauseFrom, pauseUntil);
    }

    private void storePlan(DebtBalance balance) {
        PlanPayment plan = PaymentPlans.of(balance, terms());
        planShape = plan.shape();
        planMonthly = plan.monthly().amount();
        planOneOff = plan.oneOff().amount();
        planTotal = plan.total().amount();
        planBalance = plan.balance().amount();
    }

    /**
     * The plan this proposal stands for: as stored when it was sent or accepted,
     * or for a draft (and a draft withdrawn) worked out on {@code current}, the debt's balance now.
     */
    PlanPayment plan(DebtBalance current) {
        if (planShape == null) {
            return PaymentPlans.of(current, terms());
        }
        return PaymentPlans.stored(planShape, Money.of(planMonthly), Money.of(planOneOff), Money.of(planTotal),
                Money.of(planBalance), terms());
    }

    ProposalView view(DebtBalance balance) {
        return new ProposalView(id, caseId, debtId, answersId, side, proposedOn, terms(), status, lenderAnswer,
                Set.copyOf(callIds), createdBy, createdAt, version, plan(balance), planShape != null);
    }

    Long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    long debtId() {
        return debtId;
    }

    ProposalSide side() {
        return side;
    }

    ProposalStatus status() {
        return status;
    }

    long version() {
        return version;
    }
}
