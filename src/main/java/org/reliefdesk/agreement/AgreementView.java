package org.reliefdesk.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.reliefdesk.shared.Money;

/**
 * An agreement as staff see it, one revision of it, with its schedule tracked on today's Beijing date.
 *
 * @param rateBasis the {@code casefile.RateBasis} name of {@code nominalRate}
 * @param paidBefore what the client had repaid on the loan before the agreement
 * @param balance what was owed when the proposal was accepted (principal, interest, penalties and fees)
 * @param agreedTotal what the client pays under the agreement
 * @param waived {@code balance - agreedTotal}: what the lender gave up (waivers and discount)
 * @param planShape the {@code negotiation.PlanPayment.Shape} name
 * @param paid what was paid under the agreement (reversed payments left out)
 * @param remaining what is still open on the schedule
 * @param credit paid beyond the last instalment
 */
public record AgreementView(
        long id,
        long caseId,
        long debtId,
        long proposalId,
        AgreementStatus status,
        int revision,
        long version,
        String lenderName,
        String registeredName,
        LocalDate contractDate,
        Money originalPrincipal,
        BigDecimal nominalRate,
        String rateBasis,
        Money paidBefore,
        Money balance,
        Money agreedTotal,
        Money waived,
        String planShape,
        boolean waivePenaltyInterest,
        boolean waiveLateFees,
        BigDecimal discountPercent,
        LocalDate pauseFrom,
        LocalDate pauseUntil,
        LocalDate firstDue,
        int graceDays,
        int lapseAfterMissed,
        List<InstalmentState> schedule,
        Money paid,
        Money remaining,
        Money credit,
        LocalDate signedOn,
        LocalDate completedOn,
        Instant createdAt) {

    public boolean hasPause() {
        return pauseFrom != null && pauseUntil != null;
    }

    /** The first instalment not fully paid, or null when all are paid. */
    public InstalmentState next() {
        return schedule.stream().filter(i -> i.open().isPositive()).findFirst().orElse(null);
    }

    public List<InstalmentState> missed() {
        return schedule.stream().filter(i -> i.status() == InstalmentStatus.MISSED).toList();
    }
}
