package org.reliefdesk.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.evidence.EvidenceItem;

/**
 * Everything a complaint letter says, gathered before it is drawn, so the drawing
 * ({@link LetterPdf}) needs no Spring and no database.
 *
 * @param idNumber the client's ID number, full or masked as the channel needs it
 * @param phone the client's mobile number, full or masked as the channel needs it
 * @param respondentLenderType the lender's type, or null for an agency
 * @param facts the gathered incidents, oldest first
 * @param otherGrievances grievances set on the complaint itself (beyond the incidents')
 * @param evidence the listed files: the incidents' and the complaint's own, oldest first
 */
public record ComplaintLetter(
        long complaintId,
        LocalDate date,
        ComplaintChannel channel,
        String clientName,
        String idNumber,
        String phone,
        String respondentName,
        boolean agency,
        LenderType respondentLenderType,
        String debtLabel,
        List<IncidentFact> facts,
        Set<Grievance> otherGrievances,
        String ask,
        List<EvidenceItem> evidence) {

    public ComplaintLetter {
        facts = List.copyOf(facts);
        otherGrievances = Set.copyOf(otherGrievances);
        evidence = List.copyOf(evidence);
    }

    /** The rules the incidents break, each once, in the order they first appear. */
    public List<BrokenRule> rules() {
        java.util.Map<String, BrokenRule> byCode = new java.util.LinkedHashMap<>();
        facts.forEach(f -> f.rules().forEach(r -> byCode.putIfAbsent(r.code(), r)));
        return List.copyOf(byCode.values());
    }

    /** The file name an evidence item has inside the bundle (ids keep equal names apart). */
    public static String bundleName(EvidenceItem item) {
        return "evidence/" + item.id() + "-" + item.originalName();
    }
}
