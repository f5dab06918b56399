package org.reliefdesk.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.reliefdesk.audit.AuditRecord;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.platform.RequestOrigin;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence vault: files for a case, checked by their bytes, stored under
 * random ids with their SHA-256, re-verified on every read. Staff working on the
 * case see all of it; the case's client sees what they uploaded and what was
 * shared with them. Every upload, read and share is audited.
 * <p>
 * Uploads and reads stream outside any database transaction (a slow phone must
 * not hold a connection); only the row and its audit entry are written in one.
 */
@Service
public class EvidenceService {

    private static final Logger log = LoggerFactory.getLogger(EvidenceService.class);
    private static final int MAX_DESCRIPTION = 1000;

    private final EvidenceRepository items;
    private final EvidenceStore store;
    private final CaseService cases;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final long maxSize;
    private final ObjectProvider<EvidenceTargetVerifier> verifiers;
    private final TransactionTemplate inTransaction;
    private final TransactionTemplate inNewTransaction;

    EvidenceService(EvidenceRepository items, EvidenceStore store, CaseService cases, CurrentUser currentUser,
            AuditTrail audit, Clock clock, EvidenceProperties properties,
            ObjectProvider<EvidenceTargetVerifier> verifiers, PlatformTransactionManager transactions) {
        this.items = items;
        this.store = store;
        this.cases = cases;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.maxSize = properties.maxSize().toBytes();
        this.verifiers = verifiers;
        this.inTransaction = new TransactionTemplate(transactions);
        this.inNewTransaction = new TransactionTemplate(transactions);
        this.inNewTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The largest file accepted, in bytes ({@code reliefdesk.evidence.max-size}). */
    public long maxSizeBytes() {
        return maxSize;
    }

    // --- upload ---

    /**
     * Stores one file on the case, all or nothing: a refusal or failure leaves
     * neither a row nor a file. Clients may upload to their own case (not
     * agreements, and linked only to a document requested of them); staff may
     * link the new item at once.
     *
     * @throws InvalidValueException empty, disallowed type, too large, bad name, interrupted
     */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    public EvidenceItem store(long caseId, UploadedFile file, EvidenceCategory category, String description,
            EvidenceTarget... links) {
        boolean client = !isStaff();
        if (category == null) {
            throw new InvalidValueException("evidence.error.category");
        }
        // A client may link their upload only to a document requested of them (the request's verifier checks the case).
        if (client && (!category.clientMayUpload() || !Arrays.stream(links)
                .allMatch(link -> link.kind() == EvidenceTarget.Kind.DOCUMENT_REQUEST))) {
            throw new InvalidValueException("evidence.error.clientCategory");
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > MAX_DESCRIPTION) {
            throw new InvalidValueException("evidence.error.description", MAX_DESCRIPTION);
        }
        String name = FileNames.check(file.fileName());
        for (EvidenceTarget link : links) {
            requireTarget(caseId, link);
        }

        EvidenceStore.Stored stored;
        String mediaType;
        try (InputStream limited = new LimitedInputStream(file.content(), maxSize)) {
            ContentCheck.Checked checked = ContentCheck.check(limited);
            mediaType = checked.mediaType();
            stored = store.put(checked.whole());
        } catch (IOException e) {
            log.warn("Upload of evidence to case {} interrupted: {}", caseId, e.toString());
            throw new InvalidValueException("evidence.error.interrupted");
        }
        try {
            return inTransaction.execute(status -> {
                // If this or an enclosing transaction rolls back later, the file goes too.
                TransactionSynchronizationManager.registerSynchronization(deleteOnRollback(stored.key()));
                Role role = currentUser.hasRole(Role.ADMIN) ? Role.ADMIN
                        : currentUser.hasRole(Role.COUNSELLOR) ? Role.COUNSELLOR : Role.CLIENT;
                EvidenceFile saved = new EvidenceFile(caseId, category, name, mediaType, stored,
                        currentUser.requireUsername(), role, clock.instant(), text);
                for (EvidenceTarget link : links) {
                    saved.link(link);
                }
                saved = items.saveAndFlush(saved);
                record(caseId, saved.id(), "EVIDENCE_UPLOADED", "Uploaded %s (%s, %s, %d bytes, SHA-256 %s)"
                        .formatted(name, category, mediaType, stored.size(), stored.sha256()),
                        Map.of("name", name, "category", category.name(), "size", String.valueOf(stored.size())));
                cases.noteActivity(caseId);
                return saved.item();
            });
        } catch (RuntimeException e) {
            store.delete(stored.key());
            throw e;
        }
    }

    private TransactionSynchronization deleteOnRollback(String key) {
        return new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    store.delete(key);
                }
            }
        };
    }

    // --- reading ---

    /** A case's items the caller may see, newest first. */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public Slice<EvidenceItem> list(long caseId, EvidenceFilter filter, Pageable pageable) {
        EvidenceFilter f = filter == null ? EvidenceFilter.none() : filter;
        return items.findPage(caseId, f.category(), f.debtId(), clientOrNull(), pageable).map(EvidenceFile::item);
    }

    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public EvidenceItem get(long caseId, long evidenceId) {
        return visible(caseId, evidenceId).item();
    }

    /** The items linked to a debt, call, proposal, ... that the caller may see, newest first. */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    @Transactional(readOnly = true)
    public List<EvidenceItem> linkedTo(long caseId, EvidenceTarget target) {
        return items.findLinked(caseId, target.kind(), target.id(), clientOrNull()).stream()
                .map(EvidenceFile::item).toList();
    }

    /**
     * The item's bytes for download, preview or playing, after checking them
     * against the hash taken at upload (one full read first, then the stream
     * handed out: nothing is held in memory). A mismatch is audited and refused.
     *
     * @throws EvidenceDamagedException the bytes changed or are missing
     */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    public EvidenceContent open(long caseId, long evidenceId, ReadPurpose purpose) {
        EvidenceFile file = read(() -> visible(caseId, evidenceId));
        if (!store.exists(file.storageKey())) {
            // Not the same as changed bytes: on a node without the shared store, or after a lost restore.
            log.error("Evidence {} of case {} is missing from the store (key {})", evidenceId, caseId,
                    file.storageKey());
            inNewTransaction.executeWithoutResult(status -> record(caseId, evidenceId, "EVIDENCE_MISSING",
                    "Could not serve %s: its file is missing from the evidence store".formatted(file.originalName()),
                    Map.of("name", file.originalName())));
            throw new EvidenceDamagedException("evidence.error.missing");
        }
        String actual = hashOrUnreadable(caseId, file);
        if (!actual.equals(file.sha256())) {
            log.error("Evidence {} of case {} does not match its hash: stored {}, now {}", evidenceId, caseId,
                    file.sha256(), actual);
            inNewTransaction.executeWithoutResult(status -> record(caseId, evidenceId, "EVIDENCE_DAMAGED",
                    "Refused to serve %s: its bytes no longer match the SHA-256 taken at upload (%s, now %s)"
                            .formatted(file.originalName(), file.sha256(), actual),
                    Map.of("name", file.originalName())));
            throw new EvidenceDamagedException();
        }
        inTransaction.executeWithoutResult(status -> record(caseId, evidenceId, purpose.auditAction(),
                "%s %s".formatted(purpose, file.originalName()), Map.of("name", file.originalName())));
        try {
            return new EvidenceContent(file.item(), store.open(file.storageKey()));
        } catch (IOException e) {
            throw new EvidenceDamagedException();
        }
    }

    /**
     * The rest of a recording being played: the byte range a player asks for after
     * the start of the playback, which {@link #open} verified and audited. Access is
     * checked again; the bytes are not re-hashed and the request is not audited, or
     * every seek would cost a full read of the file and an audit entry.
     */
    @PreAuthorize("@caseAccess.canRead(#caseId)")
    public EvidenceContent continuePlaying(long caseId, long evidenceId) {
        EvidenceFile file = read(() -> visible(caseId, evidenceId));
        try {
            return new EvidenceContent(file.item(), store.open(file.storageKey()));
        } catch (IOException e) {
            throw new EvidenceDamagedException("evidence.error.missing");
        }
    }

    // --- sharing and links (staff) ---

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional
    public EvidenceItem share(long caseId, long evidenceId, boolean shared) {
        EvidenceFile file = items.findByIdAndCaseId(evidenceId, caseId).orElseThrow(NotFoundException::new);
        if (file.share(shared)) {
            record(caseId, evidenceId, shared ? "EVIDENCE_SHARED" : "EVIDENCE_UNSHARED",
                    (shared ? "Shared %s with the client" : "Stopped sharing %s with the client")
                            .formatted(file.originalName()), Map.of("name", file.originalName()));
        }
        return flushed(file).item();
    }

    /** Links an item of the case to a debt (checked to be the case's), call, proposal, ... of the same case. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional
    public EvidenceItem link(long caseId, long evidenceId, EvidenceTarget target) {
        EvidenceFile file = items.findByIdAndCaseId(evidenceId, caseId).orElseThrow(NotFoundException::new);
        requireTarget(caseId, target);
        if (file.link(target)) {
            record(caseId, evidenceId, "EVIDENCE_LINKED", "Linked %s to %s %d".formatted(file.originalName(),
                    target.kind(), target.id()), linkFacts(file, target));
        }
        return flushed(file).item();
    }

    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional
    public EvidenceItem unlink(long caseId, long evidenceId, EvidenceTarget target) {
        EvidenceFile file = items.findByIdAndCaseId(evidenceId, caseId).orElseThrow(NotFoundException::new);
        if (file.unlink(target)) {
            record(caseId, evidenceId, "EVIDENCE_UNLINKED", "Unlinked %s from %s %d".formatted(
                    file.originalName(), target.kind(), target.id()), linkFacts(file, target));
        }
        return flushed(file).item();
    }

    // --- helpers ---

    private void requireTarget(long caseId, EvidenceTarget target) {
        boolean belongs = switch (target.kind()) {
            case DEBT -> cases.get(caseId).debtsByPriority().stream().anyMatch(d -> d.id() == target.id());
            // A kind no module vouches for (yet) has nothing to link to.
            default -> {
                List<EvidenceTargetVerifier> owners =
                        verifiers.stream().filter(v -> v.kind() == target.kind()).toList();
                yield !owners.isEmpty() && owners.stream().allMatch(v -> v.belongsTo(caseId, target.id()));
            }
        };
        if (!belongs) {
            throw new NotFoundException();
        }
    }

    private EvidenceFile visible(long caseId, long evidenceId) {
        EvidenceFile file = items.findByIdAndCaseId(evidenceId, caseId).orElseThrow(NotFoundException::new);
        String client = clientOrNull();
        if (client != null && !client.equals(file.uploadedBy()) && !file.sharedWithClient()) {
            throw new NotFoundException();
        }
        return file;
    }

    /** The signed-in client's username, or null for staff (who see everything on cases they work on). */
    private String clientOrNull() {
        return isStaff() ? null : currentUser.requireUsername();
    }

    private boolean isStaff() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.COUNSELLOR);
    }

    private String hashOrUnreadable(long caseId, EvidenceFile file) {
        try {
            return hashOf(file.storageKey());
        } catch (IOException e) {
            log.error("Evidence {} of case {} cannot be read from the store", file.id(), caseId, e);
            return "unreadable";
        }
    }

    private String hashOf(String key) throws IOException {
        MessageDigest sha256 = FileSystemEvidenceStore.sha256();
        byte[] buffer = new byte[256 * 1024];
        try (InputStream in = store.open(key)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                sha256.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private <T> T read(Supplier<T> work) {
        TransactionTemplate readOnly = new TransactionTemplate(inTransaction.getTransactionManager());
        readOnly.setReadOnly(true);
        return readOnly.execute(status -> work.get());
    }

    private EvidenceFile flushed(EvidenceFile file) {
        try {
            return items.saveAndFlush(file);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
    }

    private static Map<String, String> linkFacts(EvidenceFile file, EvidenceTarget target) {
        return Map.of("name", file.originalName(), "kind", target.kind().name(), "target", String.valueOf(target.id()));
    }

    private void record(long caseId, long evidenceId, String action, String summary, Map<String, String> facts) {
        audit.append(new AuditRecord(currentUser.requireUsername(), RequestOrigin.currentAddress(), caseId, action,
                "evidence", String.valueOf(evidenceId), summary,
                JsonMapper.shared().writeValueAsString(new TreeMap<>(facts))));
    }

    static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
