package org.reliefdesk.agreement;

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
import java.time.LocalDate;
import java.util.List;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;

/** A written agreement on one debt, from an accepted proposal (decision 013). */
@Entity
@Table(name = "agreement")
class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;
    @Column(name = "debt_id", nullable = false, updatable = false)
    private long debtId;
    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status;
    @Column(nullable = false)
    private int revision;
    @Column(name = "borrower_name", nullable = false, updatable = false)
    private String borrowerName;
    @Column(name = "borrower_id_masked", nullable = false, updatable = false)
    private String borrowerIdMasked;
    @Column(name = "lender_name", nullable = false, updatable = false)
    private String lenderName;
    @Column(name = "registered_name", nullable = false)
    private String registeredName;
    @Column(name = "contract_date", updatable = false)
    private LocalDate contractDate;
    @Column(name = "original_principal", nullable = false, updatable = false)
    private BigDecimal originalPrincipal;
    @Column(name = "nominal_rate", nullable = false, updatable = false)
    private BigDecimal nominalRate;
    @Column(name = "rate_basis", nullable = false, updatable = false)
    private String rateBasis;
    @Column(name = "paid_before", nullable = false, updatable = false)
    private BigDecimal paidBefore;
    @Column(nullable = false, updatable = false)
    private BigDecimal balance;
    @Column(name = "agreed_total", nullable = false, updatable = false)
    private BigDecimal agreedTotal;
    @Column(name = "plan_shape", nullable = false, updatable = false)
    private String planShape;
    @Column(name = "instalment_count", nullable = false, updatable = false)
    private int instalmentCount;
    @Column(name = "waive_penalty", nullable = false, updatable = false)
    private boolean waivePenalty;
    @Column(name = "waive_late_fees", nullable = false, updatable = false)
    private boolean waiveLateFees;
    @Column(name = "discount_percent", updatable = false)
    private BigDecimal discountPercent;
    @Column(name = "pause_from", updatable = false)
    private LocalDate pauseFrom;
    @Column(name = "pause_until", updatable = false)
    private LocalDate pauseUntil;
    @Column(name = "first_due", nullable = false)
    private LocalDate firstDue;
    @Column(name = "grace_days", nullable = false)
    private int graceDays;
    @Column(name = "lapse_after_missed", nullable = false)
    private int lapseAfterMissed;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Column(name = "lapsed_on")
    private LocalDate lapsedOn;
    @Column(name = "lapse_reason")
    private String lapseReason;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Agreement() {
    }

    /** The fixed terms of a new agreement, taken from the debt and the accepted proposal's stored plan. */
    record Terms(long caseId, long debtId, long proposalId, String borrowerName, String borrowerIdMasked,
            String lenderName, LocalDate contractDate,
            Money originalPrincipal, BigDecimal nominalRate, String rateBasis, Money paidBefore, Money balance,
            Money agreedTotal, String planShape, int instalmentCount, boolean waivePenalty, boolean waiveLateFees,
            BigDecimal discountPercent, LocalDate pauseFrom, LocalDate pauseUntil) {
    }

    Agreement(Terms t, AgreementDraft draft, String by, Instant at) {
        this.caseId = t.caseId();
        this.debtId = t.debtId();
        this.proposalId = t.proposalId();
        this.status = AgreementStatus.DRAFT;
        this.revision = 1;
        this.borrowerName = t.borrowerName();
        this.borrowerIdMasked = t.borrowerIdMasked();
        this.lenderName = t.lenderName();
        this.contractDate = t.contractDate();
        this.originalPrincipal = t.originalPrincipal().amount();
        this.nominalRate = t.nominalRate();
        this.rateBasis = t.rateBasis();
        this.paidBefore = t.paidBefore().amount();
        this.balance = t.balance().amount();
        this.agreedTotal = t.agreedTotal().amount();
        this.planShape = t.planShape();
        this.instalmentCount = t.instalmentCount();
        this.waivePenalty = t.waivePenalty();
        this.waiveLateFees = t.waiveLateFees();
        this.discountPercent = t.discountPercent();
        this.pauseFrom = t.pauseFrom();
        this.pauseUntil = t.pauseUntil();
        this.createdBy = by;
        this.createdAt = at;
        apply(draft);
    }

    /** A change to a draft is a new revision; the caller keeps the old one in agreement_revision. */
    void revise(AgreementDraft draft) {
        if (status != AgreementStatus.DRAFT) {
            throw new InvalidValueException("agreement.error.notDraft");
        }
        apply(draft);
        revision++;
    }

    private void apply(AgreementDraft draft) {
        String name = draft.registeredName() == null || draft.registeredName().isBlank() ? lenderName
                : draft.registeredName().strip();
        this.registeredName = name;
        this.firstDue = draft.firstDue();
        this.graceDays = draft.graceDays();
        this.lapseAfterMissed = draft.lapseAfterMissed();
    }

    void sign(LocalDate on, String by) {
        if (status != AgreementStatus.DRAFT) {
            throw new InvalidValueException("agreement.error.notDraft");
        }
        status = AgreementStatus.SIGNED;
        signedOn = on;
        signedBy = by;
    }

    void requireSigned() {
        if (status != AgreementStatus.SIGNED && status != AgreementStatus.COMPLETED) {
            throw new InvalidValueException("agreement.error.notSigned");
        }
    }

    /** After payments change: complete when all is paid, back to signed when a reversal reopened it. */
    void track(boolean allPaid, LocalDate lastPaidOn) {
        if (allPaid && status == AgreementStatus.SIGNED) {
            status = AgreementStatus.COMPLETED;
            completedOn = lastPaidOn;
        } else if (!allPaid && status == AgreementStatus.COMPLETED) {
            status = AgreementStatus.SIGNED;
            completedOn = null;
        }
    }

    void lapse(LocalDate on, String reason) {
        if (status != AgreementStatus.SIGNED) {
            throw new InvalidValueException("agreement.error.notSigned");
        }
        status = AgreementStatus.LAPSED;
        lapsedOn = on;
        lapseReason = reason;
    }

    List<Instalment> schedule() {
        return scheduleFrom(firstDue);
    }

    List<Instalment> scheduleFrom(LocalDate first) {
        return Schedules.monthly(Money.of(agreedTotal), instalmentCount, first);
    }

    AgreementRevision snapshot(String by, Instant at) {
        return new AgreementRevision(id, revision, registeredName, firstDue, graceDays, lapseAfterMissed, by, at);
    }

    AgreementView view(Allocation.Result tracked) {
        return view(tracked, revision, registeredName, firstDue, graceDays, lapseAfterMissed);
    }

    AgreementView view(Allocation.Result tracked, int rev, String name, LocalDate first, int grace, int lapseAfter) {
        Money total = Money.of(agreedTotal);
        return new AgreementView(id, caseId, debtId, proposalId, status, rev, version, lenderName, name,
                contractDate, Money.of(originalPrincipal), nominalRate, rateBasis, Money.of(paidBefore),
                Money.of(balance), total, Money.of(balance).minus(total).max(Money.ZERO), planShape, waivePenalty,
                waiveLateFees, discountPercent, pauseFrom, pauseUntil, first, grace, lapseAfter,
                tracked.instalments(), tracked.paid(), tracked.remaining(), tracked.credit(), signedOn, completedOn,
                createdAt);
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

    AgreementStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    String borrowerName() {
        return borrowerName;
    }

    String borrowerIdMasked() {
        return borrowerIdMasked;
    }

    String lenderName() {
        return lenderName;
    }

    int graceDays() {
        return graceDays;
    }

    int lapseAfterMissed() {
        return lapseAfterMissed;
    }
}
