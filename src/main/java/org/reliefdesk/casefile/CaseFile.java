package org.reliefdesk.casefile;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.NotFoundException;

/**
 * A client's case: the aggregate every change goes through. Identity numbers
 * are held only encrypted, with keyed-hash indexes for exact search.
 */
@Entity
@Table(name = "case_file")
class CaseFile {

    /** Court papers or legal action: deadlines run, so these come first. */
    static final int PRIORITY_LEGAL = 2;
    /** Abusive collection going on now. */
    static final int PRIORITY_COLLECTION = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage = Stage.INTAKE;

    @Column(name = "client_username", nullable = false, updatable = false)
    private String clientUsername;

    @Column(name = "counsellor_username")
    private String counsellorUsername;

    @Column(name = "client_name", nullable = false)
    private String clientName;

    @Column(name = "id_number_cipher", nullable = false)
    private byte[] idNumberCipher;

    @Column(name = "id_number_index", nullable = false)
    private byte[] idNumberIndex;

    @Column(name = "phone_cipher", nullable = false)
    private byte[] phoneCipher;

    @Column(name = "phone_index", nullable = false)
    private byte[] phoneIndex;

    @Column(name = "phone_last4_index", nullable = false)
    private byte[] phoneLast4Index;

    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "hardship_reason", nullable = false)
    private HardshipReason hardshipReason;

    @Column(name = "hardship_details")
    private String hardshipDetails;

    @Column(name = "urgent_court", nullable = false)
    private boolean urgentCourt;

    @Column(name = "urgent_collection", nullable = false)
    private boolean urgentCollection;

    @Column(nullable = false)
    private int priority;

    @Column(name = "earliest_overdue_since")
    private LocalDate earliestOverdueSince;

    private Integer dependants;

    @Column(name = "emergency_fund")
    private BigDecimal emergencyFund;

    @Column(name = "budget_recorded_at")
    private Instant budgetRecordedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("id")
    private List<Consent> consents = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("id")
    private List<Debt> debts = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("id")
    private List<BudgetItem> budgetItems = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("id")
    private List<EmergencyContact> emergencyContacts = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<StageMove> stageMoves = new ArrayList<>();

    protected CaseFile() {
    }

    CaseFile(ProtectedIdentity identity, IntakeDetails intake, String clientUsername, String counsellorUsername,
            Instant now) {
        this.clientUsername = clientUsername;
        this.counsellorUsername = counsellorUsername;
        this.clientName = intake.fullName().strip();
        this.idNumberCipher = identity.idNumberCipher();
        this.idNumberIndex = identity.idNumberIndex();
        this.phoneCipher = identity.phoneCipher();
        this.phoneIndex = identity.phoneIndex();
        this.phoneLast4Index = identity.phoneLast4Index();
        this.address = intake.address();
        this.hardshipReason = intake.hardshipReason();
        this.hardshipDetails = intake.hardshipDetails();
        this.urgentCourt = intake.courtPapersReceived();
        this.urgentCollection = intake.abusiveCollection();
        this.createdAt = now;
        touch(now);
    }

    // --- consent (PIPL 第28-29条) ---

    void recordConsent(ConsentKind kind, LocalDate givenOn, ConsentMethod method, String by, Instant now) {
        if (activeConsent(kind)) {
            throw new InvalidValueException("consent.error.alreadyGiven");
        }
        consents.add(new Consent(kind, givenOn, method, by, now));
        touch(now);
    }

    void withdrawConsent(ConsentKind kind, LocalDate on, ConsentMethod method, String by, Instant now) {
        Consent consent = consents.stream().filter(c -> c.kind() == kind && c.active()).findFirst()
                .orElseThrow(() -> new InvalidValueException("consent.error.notGiven"));
        consent.withdraw(on, method, by);
        touch(now);
    }

    boolean activeConsent(ConsentKind kind) {
        return consents.stream().anyMatch(c -> c.kind() == kind && c.active());
    }

    // --- debts and budget ---

    Debt addDebt(DebtDetails details, Instant now) {
        Debt debt = new Debt(details, now);
        debts.add(debt);
        touch(now);
        return debt;
    }

    DebtDetails updateDebt(long debtId, DebtDetails details, Instant now) {
        Debt debt = debt(debtId);
        DebtDetails before = debt.details();
        debt.update(details);
        touch(now);
        return before;
    }

    /** Settles, excludes or reopens a debt; returns what it was before. */
    DebtResolution resolveDebt(long debtId, DebtResolution to, LocalDate on, String reason, Instant now) {
        Debt debt = debt(debtId);
        DebtResolution before = debt.resolution();
        debt.resolve(to, on, reason);
        touch(now);
        return before;
    }

    void recordBudget(Budget budget, Instant now) {
        budgetItems.clear();
        budget.lines().forEach(line -> budgetItems.add(new BudgetItem(line)));
        dependants = budget.dependants();
        emergencyFund = budget.emergencyFund() == null ? null : budget.emergencyFund().amount();
        budgetRecordedAt = now;
        touch(now);
    }

    void replaceEmergencyContacts(List<EmergencyContact> contacts, Instant now) {
        emergencyContacts.clear();
        emergencyContacts.addAll(contacts);
        touch(now);
    }

    void changeUrgency(boolean courtPapers, boolean abusiveCollection, Instant now) {
        urgentCourt = courtPapers;
        urgentCollection = abusiveCollection;
        touch(now);
    }

    // --- stage and assignment ---

    CaseFacts facts() {
        return new CaseFacts(id, stage, activeConsent(ConsentKind.PERSONAL_DATA),
                activeConsent(ConsentKind.SENSITIVE_DATA), debts.size(), budgetRecordedAt != null,
                debts.stream().filter(d -> d.resolution() == DebtResolution.OPEN).map(Debt::id)
                        .collect(Collectors.toUnmodifiableSet()));
    }

    /** Applies a move the workflow has already checked. */
    void moveTo(MoveOption checked, String by, String reason, Instant now) {
        stageMoves.add(new StageMove(stage, checked.to(), by, now, reason == null ? null : reason.strip()));
        stage = checked.to();
        touch(now);
    }

    void assignTo(String counsellor, Instant now) {
        counsellorUsername = counsellor;
        touch(now);
    }

    private void touch(Instant now) {
        lastActivityAt = now;
        boolean legal = urgentCourt || debts.stream().anyMatch(Debt::legalAction);
        priority = (legal ? PRIORITY_LEGAL : 0) + (urgentCollection ? PRIORITY_COLLECTION : 0);
        earliestOverdueSince = debts.stream().map(Debt::overdueSince).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private Debt debt(long debtId) {
        return debts.stream().filter(d -> d.id() != null && d.id() == debtId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    // --- read access for the service ---

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    Stage stage() {
        return stage;
    }

    String clientUsername() {
        return clientUsername;
    }

    String counsellorUsername() {
        return counsellorUsername;
    }

    String clientName() {
        return clientName;
    }

    byte[] idNumberCipher() {
        return idNumberCipher;
    }

    byte[] phoneCipher() {
        return phoneCipher;
    }

    String address() {
        return address;
    }

    HardshipReason hardshipReason() {
        return hardshipReason;
    }

    String hardshipDetails() {
        return hardshipDetails;
    }

    boolean urgentCourt() {
        return urgentCourt;
    }

    boolean urgentCollection() {
        return urgentCollection;
    }

    int priority() {
        return priority;
    }

    LocalDate earliestOverdueSince() {
        return earliestOverdueSince;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastActivityAt() {
        return lastActivityAt;
    }

    List<Consent> consents() {
        return List.copyOf(consents);
    }

    List<Debt> debts() {
        return List.copyOf(debts);
    }

    Budget budget() {
        return budgetRecordedAt == null ? null
                : new Budget(budgetItems.stream().map(BudgetItem::line).toList(), dependants == null ? 0 : dependants,
                        emergencyFund == null ? null : Money.of(emergencyFund));
    }

    List<EmergencyContact> emergencyContacts() {
        return List.copyOf(emergencyContacts);
    }

    List<StageMove> stageMoves() {
        return List.copyOf(stageMoves);
    }
}
