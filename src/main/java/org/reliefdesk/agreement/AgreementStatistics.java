package org.reliefdesk.agreement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reliefdesk.casefile.CaseStatistics;
import org.reliefdesk.shared.Money;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreement figures for the dashboard (decision 022), over the agreements signed in a period
 * (Beijing dates, both ends inclusive) and where they stand today. Staff only; a counsellor
 * gets the agreements on their own cases whatever name they pass.
 */
@Service
@Transactional(readOnly = true)
public class AgreementStatistics {

    private final NamedParameterJdbcTemplate jdbc;
    private final AgreementRepository agreements;
    private final AgreementPaymentRepository payments;
    private final CaseStatistics caseStatistics;
    private final Clock clock;

    AgreementStatistics(NamedParameterJdbcTemplate jdbc, AgreementRepository agreements,
            AgreementPaymentRepository payments, CaseStatistics caseStatistics, Clock clock) {
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.payments = payments;
        this.caseStatistics = caseStatistics;
        this.clock = clock;
    }

    /**
     * Agreements signed in the period, by where they stand today.
     *
     * @param completed all paid
     * @param onTrack signed, no instalment past due and unpaid
     * @param behind signed, at least one instalment past due and not fully paid (not lapsed yet)
     * @param lapsed recorded as lapsed by the counsellor
     * @param balance what was owed on the debts of the signed and completed ones before agreement
     * @param agreed what the signed and completed ones agree to pay
     * @param waived {@code balance - agreed}: what lenders gave up (waivers and discounts) on them
     */
    public record AgreementFigures(long completed, long onTrack, long behind, long lapsed, Money balance,
            Money agreed, Money waived) {

        /** Kept: completed or on track. */
        public long kept() {
            return completed + onTrack;
        }
    }

    @PreAuthorize("hasAnyRole('COUNSELLOR', 'ADMIN')")
    public AgreementFigures figures(LocalDate from, LocalDate to, String counsellor) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("from", from).addValue("to", to);
        String scope = scope(counsellor, p);
        Map<AgreementStatus, Long> counts = new java.util.EnumMap<>(AgreementStatus.class);
        Money[] sums = {Money.ZERO, Money.ZERO};
        jdbc.query("""
                select a.status, count(*) as n, coalesce(sum(a.balance), 0) as balance,
                       coalesce(sum(a.agreed_total), 0) as agreed
                from agreement a join case_file c on c.id = a.case_id
                where a.status <> 'DRAFT' and a.signed_on between :from and :to""" + scope
                + " group by a.status", p, rs -> {
                    AgreementStatus status = AgreementStatus.valueOf(rs.getString("status"));
                    counts.put(status, rs.getLong("n"));
                    if (status == AgreementStatus.SIGNED || status == AgreementStatus.COMPLETED) {
                        sums[0] = sums[0].plus(Money.of(rs.getObject("balance", BigDecimal.class)));
                        sums[1] = sums[1].plus(Money.of(rs.getObject("agreed", BigDecimal.class)));
                    }
                });
        long behind = behind(p, scope);
        long signed = counts.getOrDefault(AgreementStatus.SIGNED, 0L);
        return new AgreementFigures(counts.getOrDefault(AgreementStatus.COMPLETED, 0L), signed - behind, behind,
                counts.getOrDefault(AgreementStatus.LAPSED, 0L), sums[0], sums[1], sums[0].minus(sums[1]));
    }

    /**
     * Signed agreements with a missed instalment: the schedule is computed, not stored, so
     * they are tracked here from one query for the agreements and one for their payments.
     */
    private long behind(MapSqlParameterSource p, String scope) {
        List<Long> ids = jdbc.queryForList("""
                select a.id from agreement a join case_file c on c.id = a.case_id
                where a.status = 'SIGNED' and a.signed_on between :from and :to""" + scope, p, Long.class);
        if (ids.isEmpty()) {
            return 0;
        }
        Map<Long, List<Allocation.Paid>> paid = new TreeMap<>();
        payments.findByAgreementIdInOrderByPaidOnAscIdAsc(ids).stream().filter(x -> !x.reversed())
                .forEach(x -> paid.computeIfAbsent(x.agreementId(), k -> new ArrayList<>()).add(x.paid()));
        LocalDate today = LocalDate.now(clock.withZone(AgreementService.BEIJING));
        return agreements.findAllById(ids).stream()
                .filter(a -> !Allocation.allocate(a.schedule(), paid.getOrDefault(a.id(), List.of()), today)
                        .missed().isEmpty())
                .count();
    }

    private String scope(String counsellor, MapSqlParameterSource p) {
        return caseStatistics.scope(counsellor, p);
    }
}
