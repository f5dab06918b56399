package org.reliefdesk.casefile;

import java.time.Instant;
import java.util.List;
import org.reliefdesk.shared.Money;

/** Everything the case page shows staff; ID and phone numbers are masked. */
public record CaseDetails(
        long id,
        long version,
        Stage stage,
        String clientName,
        String clientUsername,
        String counsellorUsername,
        String maskedIdNumber,
        String maskedMobile,
        String address,
        HardshipReason hardshipReason,
        String hardshipDetails,
        boolean urgentCourt,
        boolean urgentCollection,
        List<Contact> emergencyContacts,
        List<ConsentRecord> consents,
        List<DebtLine> debtsByPriority,
        Money totalOutstanding,
        Budget budget,
        List<StageMoveRecord> history,
        List<MoveOption> moves,
        Instant createdAt,
        Instant lastActivityAt) {

    /** An emergency contact with a masked number. */
    public record Contact(String name, String relationship, String maskedMobile) {
    }
}
