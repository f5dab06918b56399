package org.reliefdesk.evidence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.reliefdesk.security.Role;

/** The row for one stored file; the bytes are in the {@link EvidenceStore} under {@code storageKey}. */
@Entity
@Table(name = "evidence_item")
class EvidenceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EvidenceCategory category;

    @Column(name = "original_name", nullable = false, updatable = false)
    private String originalName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "storage_key", nullable = false, updatable = false)
    private String storageKey;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "uploader_role", nullable = false, updatable = false)
    private Role uploaderRole;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    private String description;

    @Column(name = "shared_with_client", nullable = false)
    private boolean sharedWithClient;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evidence_link", joinColumns = @JoinColumn(name = "evidence_id"))
    @BatchSize(size = 100)
    private Set<Link> links = new HashSet<>();

    protected EvidenceFile() {
    }

    EvidenceFile(long caseId, EvidenceCategory category, String originalName, String mediaType,
            EvidenceStore.Stored stored, String uploadedBy, Role uploaderRole, Instant uploadedAt, String description) {
        this.caseId = caseId;
        this.category = category;
        this.originalName = originalName;
        this.mediaType = mediaType;
        this.sizeBytes = stored.size();
        this.sha256 = stored.sha256();
        this.storageKey = stored.key();
        this.uploadedBy = uploadedBy;
        this.uploaderRole = uploaderRole;
        this.uploadedAt = uploadedAt;
        this.description = description;
        // What clients upload themselves they see anyway; staff share explicitly.
        this.sharedWithClient = false;
    }

    Long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    String storageKey() {
        return storageKey;
    }

    String sha256() {
        return sha256;
    }

    String originalName() {
        return originalName;
    }

    String uploadedBy() {
        return uploadedBy;
    }

    boolean sharedWithClient() {
        return sharedWithClient;
    }

    /** @return whether anything changed */
    boolean share(boolean shared) {
        boolean changed = sharedWithClient != shared;
        sharedWithClient = shared;
        return changed;
    }

    /** @return whether the link is new */
    boolean link(EvidenceTarget target) {
        return links.add(new Link(target.kind(), target.id()));
    }

    /** @return whether there was such a link */
    boolean unlink(EvidenceTarget target) {
        return links.remove(new Link(target.kind(), target.id()));
    }

    EvidenceItem item() {
        return new EvidenceItem(id, caseId, category, originalName, mediaType, sizeBytes, sha256, uploadedBy,
                uploaderRole, uploadedAt, description, sharedWithClient, links.stream()
                        .map(l -> new EvidenceTarget(l.kind, l.targetId))
                        .sorted(Comparator.comparing(EvidenceTarget::kind).thenComparingLong(EvidenceTarget::id))
                        .toList());
    }

    @Embeddable
    static class Link {

        @Enumerated(EnumType.STRING)
        @Column(name = "target_kind", nullable = false)
        private EvidenceTarget.Kind kind;

        @Column(name = "target_id", nullable = false)
        private long targetId;

        protected Link() {
        }

        Link(EvidenceTarget.Kind kind, long targetId) {
            this.kind = kind;
            this.targetId = targetId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Link other && kind == other.kind && targetId == other.targetId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, targetId);
        }
    }
}
