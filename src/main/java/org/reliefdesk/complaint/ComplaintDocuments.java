package org.reliefdesk.complaint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.evidence.EvidenceContent;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.ReadPurpose;
import org.reliefdesk.platform.Translations;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A complaint's letter (PDF) and evidence bundle (ZIP) for staff of the case (decision 011).
 * Both reveal the client's ID number and phone only where the channel needs them, through
 * the case's audited reveal; every download is audited.
 */
@Service
@Transactional
public class ComplaintDocuments {

    private final ComplaintRepository complaints;
    private final ChannelRepository channels;
    private final CaseService cases;
    private final EvidenceService evidence;
    private final ObjectProvider<IncidentSource> incidentSources;
    private final ComplaintAudit audit;
    private final Clock clock;
    private final Translations translations;
    private final TransactionTemplate inTransaction;

    ComplaintDocuments(ComplaintRepository complaints, ChannelRepository channels, CaseService cases,
            EvidenceService evidence, ObjectProvider<IncidentSource> incidentSources, ComplaintAudit audit,
            Clock clock, Translations translations, PlatformTransactionManager transactions) {
        this.complaints = complaints;
        this.channels = channels;
        this.cases = cases;
        this.evidence = evidence;
        this.incidentSources = incidentSources;
        this.audit = audit;
        this.clock = clock;
        this.translations = translations;
        this.inTransaction = new TransactionTemplate(transactions);
    }

    /** The complaint letter as a PDF (small: built in memory). Audited. */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    public byte[] letterPdf(long caseId, long complaintId) {
        ComplaintLetter letter = letter(caseId, complaintId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LetterPdf(translations).write(letter, out);
        Complaint complaint = find(caseId, complaintId);
        audit.record(complaint, "COMPLAINT_LETTER_DOWNLOADED", "Downloaded the complaint letter to %s".formatted(
                letter.channel().code()), Map.of());
        return out.toByteArray();
    }

    /**
     * Writes the evidence bundle (ZIP) to {@code out}. Every listed file is opened (and so
     * verified against its hash) before the first byte is written: a damaged or missing
     * file refuses the whole bundle with {@link org.reliefdesk.evidence.EvidenceDamagedException}.
     * No transaction is held while the bytes stream.
     */
    @PreAuthorize("@caseAccess.canWork(#caseId)")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void writeBundle(long caseId, long complaintId, OutputStream out) throws IOException {
        ComplaintLetter letter = inTransaction.execute(status -> letter(caseId, complaintId));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new LetterPdf(translations).write(letter, pdf);
        List<EvidenceContent> opened = new ArrayList<>();
        try {
            for (EvidenceItem item : letter.evidence()) {
                opened.add(evidence.open(caseId, item.id(), ReadPurpose.DOWNLOAD));
            }
            inTransaction.executeWithoutResult(status -> audit.record(find(caseId, complaintId),
                    "COMPLAINT_BUNDLE_DOWNLOADED", "Downloaded the evidence bundle with %d files".formatted(
                            opened.size()), Map.of("files", String.valueOf(opened.size()))));
            EvidenceBundle.write(out, complaintId, pdf.toByteArray(),
                    opened.stream().map(c -> new EvidenceBundle.Source(c.item(), c.stream())).toList(),
                    translations);
        } finally {
            for (EvidenceContent content : opened) {
                try {
                    content.close();
                } catch (IOException ignored) {
                    // already failing or done
                }
            }
        }
    }

    /** What the letter says; reveals (and audits) the full ID number and phone only where the channel needs them. */
    private ComplaintLetter letter(long caseId, long complaintId) {
        Complaint complaint = find(caseId, complaintId);
        CaseDetails file = cases.get(caseId);
        ComplaintView v = complaint.view(today());
        ComplaintChannel channel = v.channelRuleId() != null
                ? channels.findById(v.channelRuleId()).map(ChannelRow::channel).orElseThrow()
                : inForce(v.channel(), today());
        List<IncidentFact> facts = v.incidentIds().isEmpty() ? List.of() : source().incidents(caseId, v.incidentIds());
        Map<Long, EvidenceItem> items = new LinkedHashMap<>();
        for (IncidentFact fact : facts) {
            for (Long id : fact.evidenceIds()) {
                items.computeIfAbsent(id, i -> evidence.get(caseId, i));
            }
            evidence.linkedTo(caseId, EvidenceTarget.incident(fact.id())).forEach(i -> items.putIfAbsent(i.id(), i));
        }
        evidence.linkedTo(caseId, EvidenceTarget.complaint(complaintId)).forEach(i -> items.putIfAbsent(i.id(), i));
        Set<Grievance> fromIncidents = facts.stream().flatMap(f -> f.grievances().stream())
                .collect(Collectors.toSet());
        Set<Grievance> other = new LinkedHashSet<>(v.grievances());
        other.removeAll(fromIncidents);
        String debtLabel = v.debtId() == null ? null : file.debtsByPriority().stream()
                .filter(d -> d.id() == v.debtId())
                .map(d -> d.details().lenderName() + (d.details().product() == null ? "" : " " + d.details().product())
                        + (d.details().contractDate() == null ? "" : "，" + d.details().contractDate()))
                .findFirst().orElse(null);
        String id = channel.fullIdInLetter() ? cases.revealIdNumber(caseId) : file.maskedIdNumber();
        String phone = channel.fullPhoneInLetter() ? cases.revealMobile(caseId) : file.maskedMobile();
        return new ComplaintLetter(complaintId, today(), channel, file.clientName(), id, phone, v.respondentName(),
                v.agency(), v.respondentLenderType(), debtLabel, facts, other, v.ask(),
                items.values().stream().sorted(Comparator.comparing(EvidenceItem::uploadedAt)
                        .thenComparing(EvidenceItem::id)).toList());
    }

    private Complaint find(long caseId, long complaintId) {
        return complaints.findByIdAndCaseId(complaintId, caseId).orElseThrow(NotFoundException::new);
    }

    private IncidentSource source() {
        IncidentSource source = incidentSources.getIfAvailable();
        if (source == null) {
            throw new NotFoundException();
        }
        return source;
    }

    private ComplaintChannel inForce(ChannelCode code, LocalDate on) {
        return ChannelVersions.inForce(channels.findByEffectiveFromLessThanEqualOrderByCodeAscEffectiveFromDesc(on)
                .stream().map(ChannelRow::channel).toList(), code, on)
                .orElseThrow(() -> new InvalidValueException("complaint.error.channelNotInForce", on.toString()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ComplaintService.CHINA));
    }
}
