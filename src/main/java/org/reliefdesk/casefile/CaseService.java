package org.reliefdesk.casefile;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.reliefdesk.audit.AuditEntry;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.platform.SensitiveData;
import org.reliefdesk.security.AccountService;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.security.IssuedPassword;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.ChineseIdNumber;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PhoneNumber;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases from intake to closure. Every method checks its caller here; every
 * change is audited in the same transaction.
 */
@Service
@Transactional
public class CaseService {

    static final String ID_NUMBER = "id-number";
    static final String PHONE = "phone";
    static final String PHONE_LAST4 = "phone-last4";
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    private final CaseRepository cases;
    private final CaseloadQuery caseload;
    private final StageWorkflow workflow;
    private final SensitiveData sensitive;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final List<TrueRateSource> trueRateSources;

    CaseService(CaseRepository cases, CaseloadQuery caseload, StageWorkflow workflow, SensitiveData sensitive,
            AccountService accounts, CurrentUser currentUser, AuditTrail audit, Clock clock,
            ObjectProvider<TrueRateSource> trueRateSources) {
        this.cases = cases;
        this.caseload = caseload;
        this.workflow = workflow;
        this.sensitive = sensitive;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.trueRateSources = trueRateSources.orderedStream().toList();
    }

    /** Result of an intake: the new case and the client's one-time password, shown once (null for an existing login). */
    public record OpenedCase(long caseId, IssuedPassword clientLogin) {
    }

    // --- intake ---

    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    public OpenedCase openCase(IntakeDetails intake) {
        return open(intake, null);
    }

    /**
     * Opens a case for a client who already has a login. Only the demo seed uses
     * this for now; a returning-client intake in the UI would need a check that
     * the login really is that person's.
     */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    OpenedCase openCaseForExistingClient(IntakeDetails intake, String clientUsername) {
        return open(intake, clientUsername);
    }

    private OpenedCase open(IntakeDetails intake, String existingClient) {
        if (intake.fullName() == null || intake.fullName().isBlank() || intake.fullName().strip().length() > 100) {
            throw new InvalidValueException("intake.error.fullName");
        }
        if (intake.hardshipReason() == null) {
            throw new InvalidValueException("intake.error.hardshipReason");
        }
        ChineseIdNumber idNumber = ChineseIdNumber.parse(intake.idNumber());
        PhoneNumber mobile = PhoneNumber.parse(intake.mobile());
        List<EmergencyContact> contacts = intake.emergencyContacts().stream().map(this::contact).toList();
        IssuedPassword login = existingClient == null
                ? accounts.createClient(intake.clientUsername(), intake.fullName().strip()) : null;
        String clientUsername = login == null ? existingClient : login.account().username();

        String counsellor = currentUser.hasRole(Role.COUNSELLOR) ? currentUser.requireUsername() : null;
        Instant now = now();
        CaseFile file = new CaseFile(protect(idNumber, mobile), intake, clientUsername, counsellor, now);
        file.replaceEmergencyContacts(contacts, now);
        cases.saveAndFlush(file);
        record(file, "CASE_OPENED", "Opened case for %s (ID %s, mobile %s)%s".formatted(file.clientName(),
                idNumber.masked(), mobile.masked(), counsellor == null ? "" : ", assigned to " + counsellor));
        return new OpenedCase(file.id(), login);
    }

    // --- consent ---

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public CaseDetails recordConsent(long caseId, long expectedVersion, ConsentKind kind, LocalDate givenOn,
            ConsentMethod method) {
        CaseFile file = editable(caseId, expectedVersion);
        requireDate(givenOn, "consent.error.date");
        if (method == null || kind == null) {
            throw new InvalidValueException("consent.error.method");
        }
        file.recordConsent(kind, givenOn, method, currentUser.requireUsername(), now());
        record(file, "CONSENT_GIVEN", "Recorded %s consent given on %s (%s)".formatted(kind, givenOn, method),
                Map.of("kind", kind.name(), "date", givenOn.toString(), "method", method.name()));
        return details(flushed(file));
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public CaseDetails withdrawConsent(long caseId, long expectedVersion, ConsentKind kind, LocalDate withdrawnOn,
            ConsentMethod method) {
        CaseFile file = editable(caseId, expectedVersion);
        requireDate(withdrawnOn, "consent.error.date");
        if (method == null || kind == null) {
            throw new InvalidValueException("consent.error.method");
        }
        file.withdrawConsent(kind, withdrawnOn, method, currentUser.requireUsername(), now());
        record(file, "CONSENT_WITHDRAWN", "Recorded withdrawal of %s consent on %s (%s)"
                .formatted(kind, withdrawnOn, method),
                Map.of("kind", kind.name(), "date", withdrawnOn.toString(), "method", method.name()));
        return details(flushed(file));
    }

    /**
     * The client of the case withdraws their own sensitive-data consent from the portal (PIPL 第15条):
     * only withdraw, only this kind, dated today, method {@link ConsentMethod#PORTAL}, audited with the
     * client as actor. Without a version check: a withdrawal must not fail because staff edited the case.
     */
    @PreAuthorize("hasRole('CLIENT') and @caseAccess.canRead(#caseId)")
    public void withdrawOwnSensitiveConsent(long caseId) {
        CaseFile file = cases.findById(caseId).orElseThrow(NotFoundException::new);
        LocalDate today = today();
        file.withdrawConsent(ConsentKind.SENSITIVE_DATA, today, ConsentMethod.PORTAL, currentUser.requireUsername(),
                now());
        record(file, "CONSENT_WITHDRAWN", "The client withdrew SENSITIVE_DATA consent in the portal on %s"
                .formatted(today), Map.of("kind", ConsentKind.SENSITIVE_DATA.name(), "date", today.toString(),
                        "method", ConsentMethod.PORTAL.name()));
        flushed(file);
    }

    // --- budget and debts ---

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public CaseDetails saveBudget(long caseId, long expectedVersion, Budget budget) {
        CaseFile file = editable(caseId, expectedVersion);
        budget.validate();
        Budget before = file.budget();
        file.recordBudget(budget, now());
        record(file, "BUDGET_SAVED", "Budget: income %s, spending %s, available for debts %s (was %s)".formatted(
                budget.totalIncome(), budget.totalSpending(), budget.availableForDebts(),
                before == null ? "not recorded" : before.availableForDebts().toString()),
                Map.of("income", budget.totalIncome().format(), "available", budget.availableForDebts().format()));
        return details(flushed(file));
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public CaseDetails addDebt(long caseId, long expectedVersion, DebtDetails debt) {
        CaseFile file = editable(caseId, expectedVersion);
        debt.validate(today());
        file.addDebt(debt, now());
        record(file, "DEBT_ADDED", "Added debt to %s: principal %s, outstanding %s".formatted(debt.lenderName(),
                debt.contractPrincipal(), debt.outstanding()),
                Map.of("lender", debt.lenderName(), "outstanding", debt.outstanding().format()));
        return details(flushed(file));
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public CaseDetails updateDebt(long caseId, long expectedVersion, long debtId, DebtDetails debt) {
        CaseFile file = editable(caseId, expectedVersion);
        debt.validate(today());
        DebtDetails before = file.updateDebt(debtId, debt, now());
        record(file, "DEBT_UPDATED", "Updated debt %d (%s): %s".formatted(debtId, debt.lenderName(),
                DebtChanges.describe(before, debt)));
        return details(flushed(file));
    }

    /**
     * Marks a debt settled (on its settlement date, which may not be in the future),
     * excluded from the plan (with a reason), or open again.
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public CaseDetails resolveDebt(long caseId, long debtId, long expectedVersion, DebtResolution resolution,
                                   LocalDate on, String reason) {
        CaseFile file = editable(caseId, expectedVersion);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (resolution == null) {
            throw new InvalidValueException("debt.error.resolution");
        }
        if (why != null && why.length() > 500) {
            throw new InvalidValueException("debt.error.resolutionReasonLong");
        }
        if (resolution == DebtResolution.SETTLED && (on == null || on.isAfter(today()))) {
            throw new InvalidValueException("debt.error.settledOn");
        }
        if (resolution == DebtResolution.EXCLUDED && why == null) {
            throw new InvalidValueException("debt.error.exclusionReason");
        }
        LocalDate when = resolution == DebtResolution.EXCLUDED && on == null ? today() : on;
        DebtResolution before = file.resolveDebt(debtId, resolution, when, why, now());
        String lender = file.debts().stream().filter(d -> d.id() == debtId).findFirst().orElseThrow()
                .details().lenderName();
        record(file, "DEBT_RESOLVED", "Debt %d (%s): %s -> %s%s%s".formatted(debtId, lender, before, resolution,
                        resolution == DebtResolution.OPEN ? "" : " on " + when, why == null ? "" : ": " + why),
                Map.of("debtId", String.valueOf(debtId), "lender", lender, "from", before.name(),
                        "to", resolution.name(),
                        "on", when == null || resolution == DebtResolution.OPEN ? "" : when.toString(),
                        "reason", why == null ? "" : why));
        return details(flushed(file));
    }

    // --- stages ---

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public CaseDetails moveStage(long caseId, long expectedVersion, Stage to, String reason) {
        CaseFile file = editable(caseId, expectedVersion);
        Stage from = file.stage();
        MoveOption move = workflow.require(file.facts(), to, reason);
        file.moveTo(move, currentUser.requireUsername(), reason, now());
        record(file, "STAGE_MOVED", "Moved from %s to %s%s".formatted(from, to,
                reason == null || reason.isBlank() ? "" : ": " + reason.strip()),
                Map.of("from", from.name(), "to", to.name(), "reason", reason == null ? "" : reason.strip()));
        return details(flushed(file));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CaseDetails assign(long caseId, long expectedVersion, String counsellorUsername) {
        CaseFile file = editable(caseId, expectedVersion);
        if (!accounts.isActiveCounsellor(counsellorUsername)) {
            throw new InvalidValueException("case.error.notACounsellor");
        }
        String before = file.counsellorUsername();
        file.assignTo(counsellorUsername, now());
        record(file, "CASE_ASSIGNED", "Assigned to %s (was %s)".formatted(counsellorUsername,
                before == null ? "unassigned" : before), Map.of("to", counsellorUsername));
        return details(flushed(file));
    }

    /**
     * Marks activity on a case by another module (a call logged, a file uploaded), so
     * the caseload's "last activity" order sees it. It does not change the case's
     * version: people editing the case are not interrupted by it.
     */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    public void noteActivity(long caseId) {
        cases.noteActivity(caseId, now());
    }

    // --- reading ---

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public CaseDetails get(long caseId) {
        return details(cases.findById(caseId).orElseThrow(NotFoundException::new));
    }

    /** The case's audit entries, newest first. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(readOnly = true)
    public Slice<AuditEntry> timeline(long caseId, Pageable pageable) {
        return audit.caseEntries(caseId, pageable);
    }

    /** The case's events meant for its client ({@link ClientTimeline}), newest first. */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public Slice<ClientEvent> clientTimeline(long caseId, Pageable pageable) {
        return audit.caseEntries(caseId, ClientTimeline.FACTS.keySet(), pageable).map(ClientTimeline::event);
    }

    /** Shows the full ID number once, on purpose; the showing is audited. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public String revealIdNumber(long caseId) {
        CaseFile file = cases.findById(caseId).orElseThrow(NotFoundException::new);
        record(file, "ID_NUMBER_REVEALED", "Revealed the client's full ID number");
        return sensitive.decrypt(file.idNumberCipher());
    }

    /** Shows the full mobile number once, on purpose; the showing is audited. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public String revealMobile(long caseId) {
        CaseFile file = cases.findById(caseId).orElseThrow(NotFoundException::new);
        record(file, "MOBILE_REVEALED", "Revealed the client's full mobile number");
        return sensitive.decrypt(file.phoneCipher());
    }

    /** The client's own case as staff see it (numbers masked), for their view of their personal data (PIPL 第44条). */
    @PreAuthorize("hasRole('CLIENT') and @caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public CaseDetails ownRecord(long caseId) {
        return details(cases.findById(caseId).orElseThrow(NotFoundException::new));
    }

    /** The client's full ID and mobile numbers, for their own copy of their data (PIPL 第45条); audited like a reveal. */
    @PreAuthorize("hasRole('CLIENT') and @caseAccess.canRead(#caseId)")
    public OwnNumbers revealOwnNumbers(long caseId) {
        CaseFile file = cases.findById(caseId).orElseThrow(NotFoundException::new);
        record(file, "ID_NUMBER_REVEALED", "Gave the client their own full ID and mobile numbers for their data copy");
        return new OwnNumbers(sensitive.decrypt(file.idNumberCipher()), sensitive.decrypt(file.phoneCipher()));
    }

    /** The client's own identity numbers in full. */
    public record OwnNumbers(String idNumber, String mobile) {
        @Override
        public String toString() {
            return "OwnNumbers[not printed]";
        }
    }

    /** A counsellor's own cases; an administrator's view of all, optionally one counsellor's. */
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Slice<CaseSummary> caseload(CaseloadFilter filter, Pageable pageable) {
        String counsellor = currentUser.hasRole(Role.ADMIN) ? blankToNull(filter.counsellor())
                : currentUser.requireUsername();
        LocalDate today = today();
        LocalDate overdueBefore = filter.minDaysOverdue() == null ? null : today.minusDays(filter.minDaysOverdue());
        String search = blankToNull(filter.search());
        String name = null;
        byte[] idIndex = null;
        byte[] last4Index = null;
        if (search != null) {
            String compact = search.replaceAll("\\s", "");
            if (FOUR_DIGITS.matcher(compact).matches()) {
                last4Index = sensitive.blindIndex(PHONE_LAST4, compact);
            } else if (compact.length() == 18) {
                idIndex = sensitive.blindIndex(ID_NUMBER, ChineseIdNumber.parse(compact).value());
            } else {
                name = search.strip();
            }
        }
        return caseload.find(new CaseloadQuery.Criteria(counsellor, filter.stage(), filter.urgentOnly(),
                overdueBefore, name, idIndex, last4Index), pageable, today);
    }

    /** The signed-in client's own cases, newest first. */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional(readOnly = true)
    public List<ClientCaseStatus> myCases() {
        return cases.findByClient(currentUser.requireUsername()).stream().map(this::clientStatus).toList();
    }

    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public ClientCaseStatus status(long caseId) {
        return clientStatus(cases.findById(caseId).orElseThrow(NotFoundException::new));
    }

    // --- helpers ---

    private ClientCaseStatus clientStatus(CaseFile file) {
        String counsellor = file.counsellorUsername() == null ? null
                : accounts.displayNameOf(file.counsellorUsername());
        return new ClientCaseStatus(file.id(), file.stage(), counsellor, file.lastActivityAt());
    }

    private CaseDetails details(CaseFile file) {
        LocalDate today = today();
        List<DebtLine> unranked = file.debts().stream()
                .map(d -> new DebtLine(d.id(), d.details(), d.overdueSince() == null ? 0
                        : Math.max(0, ChronoUnit.DAYS.between(d.overdueSince(), today)), null, d.resolution(),
                        d.resolvedOn(), d.resolutionReason(), d.addedAt()))
                .toList();
        Map<Long, BigDecimal> trueRates = new HashMap<>();
        trueRateSources.forEach(source -> trueRates.putAll(source.annualPercent(file.id(), unranked)));
        List<DebtLine> debts = unranked.stream()
                .map(d -> new DebtLine(d.id(), d.details(), d.daysOverdue(), trueRates.get(d.id()), d.resolution(),
                        d.resolvedOn(), d.resolutionReason(), d.addedAt()))
                .sorted(DEBT_PRIORITY).toList();
        Money outstanding = debts.stream().map(d -> d.details().outstanding()).reduce(Money.ZERO, Money::plus);
        List<CaseDetails.Contact> contacts = file.emergencyContacts().stream()
                .map(c -> new CaseDetails.Contact(c.name(), c.relationship(),
                        PhoneNumber.parse(sensitive.decrypt(c.phoneCipher())).masked()))
                .toList();
        return new CaseDetails(file.id(), file.version(), file.stage(), file.clientName(), file.clientUsername(),
                file.counsellorUsername(), ChineseIdNumber.parse(sensitive.decrypt(file.idNumberCipher())).masked(),
                PhoneNumber.parse(sensitive.decrypt(file.phoneCipher())).masked(), file.address(),
                file.hardshipReason(), file.hardshipDetails(), file.urgentCourt(), file.urgentCollection(), contacts,
                file.consents().stream().map(Consent::record).toList(), debts, outstanding, file.budget(),
                file.stageMoves().stream().map(StageMove::record).toList(), workflow.options(file.facts()),
                file.createdAt(), file.lastActivityAt());
    }

    /** Legal action first, then the highest true rate (the contract's rate while the true one is unknown). */
    static final Comparator<DebtLine> DEBT_PRIORITY = Comparator
            .comparing((DebtLine d) -> !d.details().legalAction())
            .thenComparing(DebtLine::rankingPercent, Comparator.reverseOrder())
            .thenComparing(DebtLine::id);

    private ProtectedIdentity protect(ChineseIdNumber idNumber, PhoneNumber mobile) {
        return new ProtectedIdentity(sensitive.encrypt(idNumber.value()),
                sensitive.blindIndex(ID_NUMBER, idNumber.value()), sensitive.encrypt(mobile.value()),
                sensitive.blindIndex(PHONE, mobile.value()), sensitive.blindIndex(PHONE_LAST4, mobile.lastFour()));
    }

    private EmergencyContact contact(IntakeDetails.Contact typed) {
        if (typed.name() == null || typed.name().isBlank() || typed.relationship() == null
                || typed.relationship().isBlank()) {
            throw new InvalidValueException("intake.error.emergencyContact");
        }
        return new EmergencyContact(typed.name().strip(), typed.relationship().strip(),
                sensitive.encrypt(PhoneNumber.parse(typed.mobile()).value()));
    }

    private CaseFile editable(long caseId, long expectedVersion) {
        CaseFile file = cases.findById(caseId).orElseThrow(NotFoundException::new);
        if (file.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return file;
    }

    private CaseFile flushed(CaseFile file) {
        try {
            cases.saveAndFlush(file);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
        return file;
    }

    private void record(CaseFile file, String action, String summary) {
        record(file, action, summary, null);
    }

    /** {@code facts} are kept as JSON beside the English summary, so the timeline can say it in the user's language. */
    private void record(CaseFile file, String action, String summary, Map<String, String> facts) {
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), file.id(), action,
                "case", String.valueOf(file.id()), summary, facts == null ? null : JsonMapper.shared()
                        .writeValueAsString(new TreeMap<>(facts))));
    }

    private void requireDate(LocalDate date, String key) {
        if (date == null || date.isAfter(today())) {
            throw new InvalidValueException(key);
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
