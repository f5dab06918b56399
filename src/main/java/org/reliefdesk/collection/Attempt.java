package org.reliefdesk.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One call attempt from an imported call list: it feeds the frequency rules, it is not an incident. */
@Entity
@Table(name = "collection_attempt")
class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(nullable = false, updatable = false)
    private boolean answered;

    @Column(nullable = false, updatable = false)
    private boolean automated;

    @Column(name = "collector_name", nullable = false, updatable = false)
    private String collectorName;

    @Column(name = "collector_agency", nullable = false, updatable = false)
    private boolean collectorAgency;

    @Column(nullable = false, updatable = false)
    private String batch;

    @Column(name = "imported_by", nullable = false, updatable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    protected Attempt() {
    }

    Attempt(long caseId, CallListCsv.Line line, String collectorName, boolean agency, String batch,
            String importedBy, Instant importedAt) {
        this.caseId = caseId;
        this.occurredAt = line.at();
        this.number = line.number();
        this.answered = line.answered();
        this.automated = line.automated();
        this.collectorName = collectorName;
        this.collectorAgency = agency;
        this.batch = batch;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    long caseId() {
        return caseId;
    }

    Contact contact() {
        return new Contact(null, occurredAt, IncidentChannel.CALL, Reached.CLIENT, null, answered, automated,
                collectorName, IncidentRules.digits(number));
    }
}
