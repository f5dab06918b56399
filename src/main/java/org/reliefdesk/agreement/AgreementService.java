package org.reliefdesk.agreement;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.casefile.CaseAccess;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.negotiation.NegotiationService;
import org.reliefdesk.negotiation.PlanPayment;
import org.reliefdesk.negotiation.ProposalStatus;
import org.reliefdesk.negotiation.ProposalView;
import org.reliefdesk.platform.CsvExport;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.platform.Translations;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Written agreements per debt and the payments made under them (decision 013). Staff of
 * the case draft, sign and record; the client reads their progress and the PDF. Every
 * change and every PDF download is audited.
 */
@Service
@Transactional
public class AgreementService {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final int MAX_GRACE_DAYS = 90;
    static final int MAX_LAPSE_AFTER = 12;
    /** A first due date further back than this is a typo (a late-recorded agreement is fine). */
    static final int FIRST_DUE_AT_MOST_YEARS_AGO = 1;
    static final int FIRST_DUE_AT_MOST_YEARS_AHEAD = 2;
    static final String ONE_LIVE_INDEX = "agreement_one_live";
    private static final Set<AgreementStatus> LIVE = EnumSet.of(AgreementStatus.DRAFT, AgreementStatus.SIGNED);

    private final AgreementRepository agreements;
    private final AgreementRevisionRepository revisions;
    private final AgreementPaymentRepository payments;
    private final CaseService cases;
    private final NegotiationService negotiation;
    private final EvidenceService evidence;
    private final CaseAccess caseAccess;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Translations translations;
    private final Clock clock;

    AgreementService(AgreementRepository agreements, AgreementRevisionRepository revisions,
            AgreementPaymentRepository payments, CaseService cases, NegotiationService negotiation,
            EvidenceService evidence, CaseAccess caseAccess, CurrentUser currentUser, AuditTrail audit,
            Translations translations, Clock clock) {
        this.agreements = agreements;
        this.revisions = revisions;
        this.payments = payments;
        this.cases = cases;
        this.negotiation = negotiation;
        this.evidence = evidence;
        this.caseAccess = caseAccess;
        this.currentUser = currentUser;
        this.audit = audit;
        this.translations = translations;
        this.clock = clock;
    }

    // --- agreements ---

    /** Drafts the agreement on an accepted proposal's debt, with the plan stored on acceptance. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public AgreementView draft(long caseId, long proposalId, AgreementDraft draft) {
        ProposalView proposal = negotiation.proposal(caseId, proposalId);
        if (proposal.status() != ProposalStatus.ACCEPTED || !proposal.planStored()) {
            throw new InvalidValueException("agreement.error.notAccepted");
        }
        PlanPayment plan = proposal.payment();
        if (plan.shape() == PlanPayment.Shape.PAUSE_ONLY || !plan.total().isPositive()) {
            throw new InvalidValueException("agreement.error.noPlan");
        }
        if (agreements.existsByDebtIdAndStatusIn(proposal.debtId(), LIVE)) {
            throw new InvalidValueException("agreement.error.alreadyLive");
        }
        check(draft);
        CaseDetails file = cases.get(caseId);
        DebtLine debt = file.debtsByPriority().stream().filter(d -> d.id() == proposal.debtId()).findFirst()
                .orElseThrow(NotFoundException::new);
        var d = debt.details();
        var terms = proposal.terms();
        int count = plan.shape() == PlanPayment.Shape.INSTALMENTS ? terms.instalments() : 1;
        Agreement agreement = saved(new Agreement(new Agreement.Terms(caseId, debt.id(), proposalId,
                file.clientName(), file.maskedIdNumber(), d.lenderName(), d.contractDate(), d.contractPrincipal(),
                d.nominalRate(), d.rateBasis().name(), d.paidSoFar(), plan.balance(), plan.total(),
                plan.shape().name(), count, terms.waivePenaltyInterest(), terms.waiveLateFees(),
                terms.discountPercent(), terms.pauseFrom(), terms.pauseUntil()), draft,
                currentUser.requireUsername(), clock.instant()));
        revisions.save(agreement.snapshot(currentUser.requireUsername(), clock.instant()));
        record(agreement, "AGREEMENT_DRAFTED", "Agreement %d drafted on debt %d (%s) from proposal %d: %s in %d, first due %s"
                .formatted(agreement.id(), debt.id(), d.lenderName(), proposalId, plan.total().format(), count,
                        draft.firstDue()), facts(agreement, Map.of("total", plan.total().amount().toPlainString(),
                        "count", String.valueOf(count), "firstDue", draft.firstDue().toString())));
        cases.noteActivity(caseId);
        return view(agreement);
    }

    /** Changes a draft: a new revision, the old ones kept readable. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public AgreementView revise(long caseId, long agreementId, long expectedVersion, AgreementDraft draft) {
        Agreement agreement = editable(caseId, agreementId, expectedVersion);
        check(draft);
        agreement.revise(draft);
        saved(agreement);
        revisions.save(agreement.snapshot(currentUser.requireUsername(), clock.instant()));
        AgreementView v = view(agreement);
        record(agreement, "AGREEMENT_REVISED", "Agreement %d revised to revision %d: first due %s, %d grace days, lapses after %d"
                .formatted(agreementId, v.revision(), v.firstDue(), v.graceDays(), v.lapseAfterMissed()),
                facts(agreement, Map.of("revision", String.valueOf(v.revision()))));
        return v;
    }

    /** Marks a draft signed; the signed copy must already be linked to it in the evidence vault. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public AgreementView sign(long caseId, long agreementId, long expectedVersion, LocalDate signedOn) {
        Agreement agreement = editable(caseId, agreementId, expectedVersion);
        if (signedOn == null || signedOn.isAfter(today())) {
            throw new InvalidValueException("agreement.error.signedDate");
        }
        if (evidence.linkedTo(caseId, EvidenceTarget.agreement(agreementId)).isEmpty()) {
            throw new InvalidValueException("agreement.error.noSignedCopy");
        }
        agreement.sign(signedOn, currentUser.requireUsername());
        saved(agreement);
        record(agreement, "AGREEMENT_SIGNED", "Agreement %d signed on %s".formatted(agreementId, signedOn),
                facts(agreement, Map.of("signedOn", signedOn.toString())));
        cases.noteActivity(caseId);
        return view(agreement);
    }

    /** Records that a signed agreement failed (the lender ended it); the debt can then be negotiated again. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public AgreementView lapse(long caseId, long agreementId, long expectedVersion, String reason) {
        Agreement agreement = editable(caseId, agreementId, expectedVersion);
        String why = requireReason(reason);
        agreement.lapse(today(), why);
        saved(agreement);
        record(agreement, "AGREEMENT_LAPSED", "Agreement %d lapsed: %s".formatted(agreementId, why),
                facts(agreement, Map.of("reason", why)));
        return view(agreement);
    }

    /** The case's agreements, oldest first, tracked on today's Beijing date. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public List<AgreementView> agreements(long caseId) {
        return agreements.findByCaseIdOrderById(caseId).stream().map(this::view).toList();
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public AgreementView agreement(long caseId, long agreementId) {
        return view(find(caseId, agreementId));
    }

    /** Every revision of an agreement, first to current, each with its own schedule. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public List<AgreementView> revisions(long caseId, long agreementId) {
        Agreement a = find(caseId, agreementId);
        return revisions.findByAgreementIdOrderByRevision(agreementId).stream().map(r -> {
            return a.view(Allocation.allocate(a.scheduleFrom(r.firstDue()), List.of(), today()), r.revision(),
                    r.registeredName(),
                    r.firstDue(), r.graceDays(), r.lapseAfterMissed());
        }).toList();
    }

    /** What the lender gave up per agreement (waivers and discount), by agreement id: for the outcome summary. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public Map<Long, Money> waived(long caseId) {
        Map<Long, Money> out = new LinkedHashMap<>();
        agreements(caseId).forEach(a -> out.put(a.id(), a.waived()));
        return out;
    }

    /** What lenders gave up on the agreements that were kept: signed or completed, not drafts or lapsed ones. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public Money waivedOnKeptAgreements(long caseId) {
        return agreements(caseId).stream()
                .filter(a -> a.status() == AgreementStatus.SIGNED || a.status() == AgreementStatus.COMPLETED)
                .map(AgreementView::waived).reduce(Money.ZERO, Money::plus);
    }

    /** The client's view of their agreements: what was paid, what remains, what is due next. */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public List<AgreementProgress> progress(long caseId) {
        return agreements.findByCaseIdOrderById(caseId).stream()
                .filter(a -> a.status() != AgreementStatus.DRAFT)
                .map(a -> {
                    AgreementView v = view(a);
                    InstalmentState next = v.next();
                    return new AgreementProgress(v.id(), v.lenderName(), v.status(), v.agreedTotal(), v.paid(),
                            v.remaining(), next == null ? null : next.instalment().due(),
                            next == null ? null : next.open(), v.missed().size());
                }).toList();
    }

    /**
     * The agreement as a Chinese PDF. Staff get the borrower's full ID number (an audited reveal);
     * the client gets it masked (they know it). Drafts are for staff only. Audited.
     */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    public byte[] pdf(long caseId, long agreementId) {
        Agreement a = find(caseId, agreementId);
        boolean staff = caseAccess.canWork(caseId);
        if (!staff && a.status() == AgreementStatus.DRAFT) {
            throw new NotFoundException();
        }
        String id = staff ? cases.revealIdNumber(caseId) : a.borrowerIdMasked();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AgreementPdf(translations).write(new AgreementPdf.Document(view(a), a.borrowerName(), id, today()), out);
        record(a, "AGREEMENT_PDF_DOWNLOADED", "Downloaded agreement %d (revision %d) as PDF".formatted(agreementId,
                view(a).revision()), facts(a, Map.of()));
        return out.toByteArray();
    }

    // --- payments ---

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public PaymentView recordPayment(long caseId, long agreementId, PaymentDraft draft) {
        Agreement a = find(caseId, agreementId);
        a.requireSigned();
        if (draft == null || draft.paidOn() == null || draft.paidOn().isAfter(today())) {
            throw new InvalidValueException("agreement.error.paymentDate");
        }
        if (draft.amount() == null || !draft.amount().isPositive()
                || draft.amount().compareTo(Money.of("100000000")) >= 0) {
            throw new InvalidValueException("agreement.error.paymentAmount");
        }
        if (draft.method() == null) {
            throw new InvalidValueException("agreement.error.paymentMethod");
        }
        if (draft.note() != null && draft.note().length() > 1000) {
            throw new InvalidValueException("agreement.error.note");
        }
        AgreementPayment payment = payments.saveAndFlush(new AgreementPayment(agreementId, caseId, draft,
                currentUser.requireUsername(), clock.instant()));
        Allocation.Result r = retrack(a);
        record(a, "AGREEMENT_PAYMENT_RECORDED", "Payment %d of %s on %s by %s under agreement %d; %s remains"
                .formatted(payment.id(), draft.amount().format(), draft.paidOn(), draft.method(), agreementId,
                        r.remaining().format()), facts(a, Map.of("paymentId", String.valueOf(payment.id()),
                        "amount", draft.amount().amount().toPlainString(), "paidOn", draft.paidOn().toString(),
                        "method", draft.method().name(), "remaining", r.remaining().amount().toPlainString())));
        cases.noteActivity(caseId);
        return payment.view();
    }

    /** A wrong payment is reversed with a reason, never deleted. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public PaymentView reversePayment(long caseId, long paymentId, long expectedVersion, String reason) {
        AgreementPayment payment = payments.findByIdAndCaseId(paymentId, caseId).orElseThrow(NotFoundException::new);
        if (payment.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        String why = requireReason(reason);
        payment.reverse(why, currentUser.requireUsername(), clock.instant());
        try {
            payments.saveAndFlush(payment);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
        Agreement a = find(caseId, payment.agreementId());
        Allocation.Result r = retrack(a);
        record(a, "AGREEMENT_PAYMENT_REVERSED", "Payment %d reversed: %s; %s remains".formatted(paymentId, why,
                r.remaining().format()), facts(a, Map.of("paymentId", String.valueOf(paymentId), "reason", why)));
        return payment.view();
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public List<PaymentView> payments(long caseId, long agreementId) {
        find(caseId, agreementId);
        return payments.findByAgreementIdOrderByPaidOnAscIdAsc(agreementId).stream().map(AgreementPayment::view)
                .toList();
    }

    /**
     * The payments of one agreement of the case, or of all its agreements when {@code agreementId}
     * is null, as CSV with the list's columns (decision 022). Audited.
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public CsvExport.Table exportPayments(long caseId, Long agreementId,
                                                                  java.util.Locale locale) {
        List<Agreement> of = agreementId == null ? agreements.findByCaseIdOrderById(caseId)
                : List.of(find(caseId, agreementId));
        Map<Long, String> lenders = new LinkedHashMap<>();
        of.forEach(a -> lenders.put(a.id(), a.lenderName()));
        List<List<?>> rows = new ArrayList<>();
        if (!lenders.isEmpty()) {
            for (AgreementPayment p : payments.findByAgreementIdInOrderByPaidOnAscIdAsc(lenders.keySet())) {
                PaymentView v = p.view();
                rows.add(List.of(lenders.get(v.agreementId()), v.paidOn().toString(), v.amount().amount().toPlainString(),
                        translations.getTranslation("agreement.method." + v.method(), locale),
                        v.reversed() ? translations.getTranslation("agreement.payment.reversed", locale,
                                v.reversalReason()) : v.note() == null ? "" : v.note()));
            }
        }
        Map<String, String> facts = new TreeMap<>(Map.of("list", "payments", "rows", String.valueOf(rows.size()),
                "agreementId", agreementId == null ? "" : agreementId.toString()));
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), caseId,
                "LIST_EXPORTED", "agreement", agreementId == null ? null : agreementId.toString(),
                "Exported %d payments of %s as CSV".formatted(rows.size(),
                        agreementId == null ? "the case" : "agreement " + agreementId),
                JsonMapper.shared().writeValueAsString(facts)));
        return new CsvExport.Table(List.of(
                translations.getTranslation("agreement.lender", locale),
                translations.getTranslation("agreement.payment.date", locale),
                translations.getTranslation("agreement.payment.amount", locale),
                translations.getTranslation("agreement.payment.method", locale),
                translations.getTranslation("agreement.payment.note", locale)), rows);
    }

    /** Instalments of the case's signed agreements past due and not fully paid, earliest first. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public List<MissedInstalment> missed(long caseId) {
        return missedOf(agreements.findByCaseIdAndStatus(caseId, AgreementStatus.SIGNED));
    }

    /** Missed instalments on the given cases the caller works on, by case: one query per table. */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, List<MissedInstalment>> missedOnCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> mine = caseAccess.workable(caseIds);
        if (mine.isEmpty()) {
            return Map.of();
        }
        List<Agreement> signed = agreements.findByCaseIdInAndStatus(mine, AgreementStatus.SIGNED);
        return missedOf(signed).stream().collect(Collectors.groupingBy(MissedInstalment::caseId, TreeMap::new,
                Collectors.toList()));
    }

    // --- internals ---

    private List<MissedInstalment> missedOf(List<Agreement> signed) {
        if (signed.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Allocation.Paid>> paid = new TreeMap<>();
        payments.findByAgreementIdInOrderByPaidOnAscIdAsc(signed.stream().map(Agreement::id).toList()).stream()
                .filter(p -> !p.reversed())
                .forEach(p -> paid.computeIfAbsent(p.agreementId(), k -> new ArrayList<>()).add(p.paid()));
        LocalDate today = today();
        List<MissedInstalment> out = new ArrayList<>();
        for (Agreement a : signed) {
            Allocation.allocate(a.schedule(), paid.getOrDefault(a.id(), List.of()), today).missed()
                    .forEach(i -> out.add(new MissedInstalment(a.caseId(), a.id(), a.lenderName(),
                            i.instalment().due(), i.open())));
        }
        out.sort(java.util.Comparator.comparing(MissedInstalment::due));
        return out;
    }

    private Allocation.Result tracked(Agreement a) {
        List<Allocation.Paid> paid = payments.findByAgreementIdOrderByPaidOnAscIdAsc(a.id()).stream()
                .filter(p -> !p.reversed()).map(AgreementPayment::paid).toList();
        return Allocation.allocate(a.schedule(), paid, today());
    }

    /** Completes the agreement when all is paid, reopens it when a reversal unpaid it. */
    private Allocation.Result retrack(Agreement a) {
        List<Allocation.Paid> paid = payments.findByAgreementIdOrderByPaidOnAscIdAsc(a.id()).stream()
                .filter(p -> !p.reversed()).map(AgreementPayment::paid).toList();
        Allocation.Result r = Allocation.allocate(a.schedule(), paid, today());
        AgreementStatus before = a.status();
        a.track(r.complete(), paid.stream().map(Allocation.Paid::on).max(LocalDate::compareTo).orElse(null));
        if (a.status() != before) {
            saved(a);
            record(a, a.status() == AgreementStatus.COMPLETED ? "AGREEMENT_COMPLETED" : "AGREEMENT_REOPENED", "Agreement %d is now %s".formatted(a.id(), a.status()),
                    facts(a, Map.of()));
        }
        return r;
    }

    private AgreementView view(Agreement a) {
        return a.view(tracked(a));
    }

    private void check(AgreementDraft draft) {
        if (draft == null || draft.firstDue() == null) {
            throw new InvalidValueException("agreement.error.firstDue");
        }
        LocalDate today = today();
        if (draft.firstDue().isBefore(today.minusYears(FIRST_DUE_AT_MOST_YEARS_AGO))
                || draft.firstDue().isAfter(today.plusYears(FIRST_DUE_AT_MOST_YEARS_AHEAD))) {
            throw new InvalidValueException("agreement.error.firstDue");
        }
        if (draft.graceDays() < 0 || draft.graceDays() > MAX_GRACE_DAYS) {
            throw new InvalidValueException("agreement.error.graceDays", MAX_GRACE_DAYS);
        }
        if (draft.lapseAfterMissed() < 1 || draft.lapseAfterMissed() > MAX_LAPSE_AFTER) {
            throw new InvalidValueException("agreement.error.lapseAfter", MAX_LAPSE_AFTER);
        }
        if (draft.registeredName() != null && draft.registeredName().strip().length() > 200) {
            throw new InvalidValueException("agreement.error.registeredName");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new InvalidValueException("agreement.error.reason");
        }
        return reason.strip();
    }

    private Agreement find(long caseId, long agreementId) {
        return agreements.findByIdAndCaseId(agreementId, caseId).orElseThrow(NotFoundException::new);
    }

    private Agreement editable(long caseId, long agreementId, long expectedVersion) {
        Agreement a = find(caseId, agreementId);
        if (a.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return a;
    }

    private Agreement saved(Agreement a) {
        try {
            return agreements.saveAndFlush(a);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains(ONE_LIVE_INDEX)) {
                throw new InvalidValueException("agreement.error.alreadyLive");
            }
            throw e;
        }
    }

    private static Map<String, String> facts(Agreement a, Map<String, String> more) {
        Map<String, String> facts = new TreeMap<>(more);
        facts.put("agreementId", String.valueOf(a.id()));
        facts.put("lender", a.lenderName());
        return facts;
    }

    private void record(Agreement a, String action, String summary, Map<String, String> facts) {
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), a.caseId(), action,
                "agreement", String.valueOf(a.id()), summary, JsonMapper.shared().writeValueAsString(facts)));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }
}
