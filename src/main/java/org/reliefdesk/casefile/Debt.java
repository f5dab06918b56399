package org.reliefdesk.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.reliefdesk.shared.Money;

/** One loan the client owes, as listed at intake and kept up to date. */
@Entity
@Table(name = "case_debt")
class Debt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lender_name", nullable = false)
    private String lenderName;

    @Enumerated(EnumType.STRING)
    @Column(name = "lender_type", nullable = false)
    private LenderType lenderType;

    private String product;

    @Column(name = "contract_date")
    private LocalDate contractDate;

    @Column(name = "contract_principal", nullable = false)
    private BigDecimal contractPrincipal;

    @Column(name = "amount_received", nullable = false)
    private BigDecimal amountReceived;

    @Column(name = "upfront_fees", nullable = false)
    private BigDecimal upfrontFees;

    @Column(name = "nominal_rate", nullable = false)
    private BigDecimal nominalRate;

    @Enumerated(EnumType.STRING)
    @Column(name = "rate_basis", nullable = false)
    private RateBasis rateBasis;

    @Column(name = "term_months")
    private Integer termMonths;

    @Column(name = "paid_so_far", nullable = false)
    private BigDecimal paidSoFar;

    @Column(name = "outstanding_principal", nullable = false)
    private BigDecimal outstandingPrincipal;

    @Column(name = "outstanding_interest", nullable = false)
    private BigDecimal outstandingInterest;

    @Column(name = "outstanding_penalties", nullable = false)
    private BigDecimal outstandingPenalties;

    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    @Column(name = "collector_agency")
    private String collectorAgency;

    @Column(name = "legal_action", nullable = false)
    private boolean legalAction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DebtResolution resolution = DebtResolution.OPEN;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Column(name = "resolution_reason")
    private String resolutionReason;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Debt() {
    }

    Debt(DebtDetails details, Instant addedAt) {
        update(details);
        this.addedAt = addedAt;
    }

    final void update(DebtDetails d) {
        lenderName = d.lenderName();
        lenderType = d.lenderType();
        product = d.product();
        contractDate = d.contractDate();
        contractPrincipal = d.contractPrincipal().amount();
        amountReceived = d.amountReceived().amount();
        upfrontFees = d.upfrontFees().amount();
        nominalRate = d.nominalRate();
        rateBasis = d.rateBasis();
        termMonths = d.termMonths();
        paidSoFar = d.paidSoFar().amount();
        outstandingPrincipal = d.outstandingPrincipal().amount();
        outstandingInterest = d.outstandingInterest().amount();
        outstandingPenalties = d.outstandingPenalties().amount();
        overdueSince = d.overdueSince();
        collectorAgency = d.collectorAgency();
        legalAction = d.legalAction();
    }

    DebtDetails details() {
        return new DebtDetails(lenderName, lenderType, product, contractDate,
                Money.of(contractPrincipal), Money.of(amountReceived),
                Money.of(upfrontFees), nominalRate, rateBasis, termMonths,
                Money.of(paidSoFar), Money.of(outstandingPrincipal),
                Money.of(outstandingInterest),
                Money.of(outstandingPenalties), overdueSince, collectorAgency, legalAction);
    }

    /** Settles (with the settlement date), excludes (with a reason) or reopens the debt. */
    void resolve(DebtResolution to, LocalDate on, String reason) {
        resolution = to;
        resolvedOn = to == DebtResolution.OPEN ? null : on;
        resolutionReason = to == DebtResolution.OPEN ? null : reason;
    }

    DebtResolution resolution() {
        return resolution;
    }

    LocalDate resolvedOn() {
        return resolvedOn;
    }

    String resolutionReason() {
        return resolutionReason;
    }

    Instant addedAt() {
        return addedAt;
    }

    Long id() {
        return id;
    }

    LocalDate overdueSince() {
        return overdueSince;
    }

    boolean legalAction() {
        return legalAction;
    }
}
