package org.reliefdesk.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** One collection incident. Corrected in place; never deleted; the audit trail keeps each before and after. */
@Entity
@Table(name = "collection_incident")
class Incident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "debt_id")
    private Long debtId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentChannel channel;

    @Column(name = "collector_name", nullable = false)
    private String collectorName;

    @Column(name = "collector_agency", nullable = false)
    private boolean collectorAgency;

    @Column(name = "collector_number")
    private String collectorNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Reached reached;

    @Column(nullable = false)
    private String categories;

    private Boolean answered;

    private Boolean automated;

    private String description;

    @Column(name = "call_id", updatable = false)
    private Long callId;

    @Column(name = "logged_by", nullable = false, updatable = false)
    private String loggedBy;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    @Version
    private long version;

    protected Incident() {
    }

    Incident(long caseId, IncidentDetails details, Long callId, String loggedBy, Instant now) {
        this.caseId = caseId;
        this.callId = callId;
        this.loggedBy = loggedBy;
        this.loggedAt = now;
        apply(details);
    }

    void correct(IncidentDetails details, Instant now) {
        apply(details);
        correctedAt = now;
    }

    private void apply(IncidentDetails d) {
        debtId = d.debtId();
        occurredAt = d.at();
        channel = d.channel();
        collectorName = d.collectorName();
        collectorAgency = d.agency();
        collectorNumber = d.collectorNumber();
        reached = d.reached();
        categories = EnumSets.join(d.categories());
        answered = d.answered();
        automated = d.automated();
        description = d.description();
    }

    IncidentDetails details() {
        return new IncidentDetails(debtId, occurredAt, channel, collectorName, collectorAgency, collectorNumber,
                reached, EnumSets.split(categories, IncidentCategory.class), answered, automated, description);
    }

    Contact contact() {
        return new Contact(id, occurredAt, channel, reached, EnumSets.split(categories, IncidentCategory.class),
                answered, automated, collectorName, IncidentRules.digits(collectorNumber));
    }

    IncidentView view(List<ConductRule> flags) {
        return new IncidentView(id, caseId, details(), callId, flags, loggedBy, loggedAt, correctedAt, version);
    }

    Long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    long version() {
        return version;
    }
}
