package org.reliefdesk.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reliefdesk.shared.InvalidValueException;

class ProposalStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final DebtBalance BALANCE = new DebtBalance(org.reliefdesk.shared.Money.yuan(12_000),
            org.reliefdesk.shared.Money.ZERO, org.reliefdesk.shared.Money.ZERO);

    private static final Map<ProposalStatus, Set<ProposalStatus>> ALLOWED = Map.of(
            ProposalStatus.DRAFT, EnumSet.of(ProposalStatus.SENT, ProposalStatus.ACCEPTED, ProposalStatus.WITHDRAWN),
            ProposalStatus.SENT, EnumSet.of(ProposalStatus.ACCEPTED, ProposalStatus.REJECTED, ProposalStatus.WITHDRAWN));

    @Test
    void every_pair_of_statuses_follows_the_table() {
        for (ProposalStatus from : ProposalStatus.values()) {
            for (ProposalStatus to : ProposalStatus.values()) {
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to)
                        .isEqualTo(ALLOWED.getOrDefault(from, Set.of()).contains(to));
            }
        }
    }

    @Test
    void accepted_rejected_withdrawn_and_countered_are_final() {
        assertThat(EnumSet.allOf(ProposalStatus.class).stream().filter(ProposalStatus::isFinal))
                .containsExactlyInAnyOrder(ProposalStatus.ACCEPTED, ProposalStatus.REJECTED, ProposalStatus.WITHDRAWN,
                        ProposalStatus.COUNTERED);
    }

    @Test
    void only_a_sent_proposal_can_be_countered() {
        assertThat(EnumSet.allOf(ProposalStatus.class).stream().filter(ProposalStatus::canBeCountered))
                .containsExactly(ProposalStatus.SENT);
    }

    @Test
    void a_proposal_moves_through_the_table_and_a_final_one_stays_put() {
        Proposal proposal = new Proposal(1, 2, null, new ProposalDraft(ProposalSide.CLIENT, LocalDate.of(2026, 1, 5),
                ProposalTerms.instalments(6), null), BALANCE, "counsellor", java.time.Instant.EPOCH);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.DRAFT);
        proposal.moveTo(ProposalStatus.SENT, null, BALANCE, java.time.Instant.EPOCH);
        proposal.moveTo(ProposalStatus.REJECTED, "不同意", BALANCE, java.time.Instant.EPOCH);
        assertThatThrownBy(() -> proposal.moveTo(ProposalStatus.ACCEPTED, null, BALANCE, java.time.Instant.EPOCH))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("negotiation.error.transition"));
        assertThat(proposal.status()).isEqualTo(ProposalStatus.REJECTED);
    }

    @Test
    void a_lenders_proposal_is_recorded_as_sent_and_a_sent_one_cannot_be_edited() {
        Proposal proposal = new Proposal(1, 2, null, new ProposalDraft(ProposalSide.LENDER, LocalDate.of(2026, 1, 5),
                ProposalTerms.instalments(6), null), BALANCE, "counsellor", java.time.Instant.EPOCH);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.SENT);
        assertThatThrownBy(() -> proposal.edit(new ProposalDraft(ProposalSide.LENDER, LocalDate.of(2026, 1, 5),
                ProposalTerms.instalments(3), null), java.time.Instant.EPOCH))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("negotiation.error.notADraft"));
    }

    @Test
    void terms_are_checked_field_by_field() {
        assertThatThrownBy(() -> new ProposalTerms(null, null, false, false, null, null, null).check(TODAY))
                .hasMessageContaining("negotiation.error.noTerms");
        assertThatThrownBy(() -> ProposalTerms.instalments(0).check(TODAY)).hasMessageContaining("negotiation.error.instalments");
        assertThatThrownBy(() -> new ProposalTerms(61, null, false, false, null, null, null).check(TODAY))
                .hasMessageContaining("negotiation.error.extension");
        assertThatThrownBy(() -> new ProposalTerms(null, 3, false, false, new BigDecimal("100"), null, null).check(TODAY))
                .hasMessageContaining("negotiation.error.discount");
        assertThatThrownBy(() -> new ProposalTerms(null, 3, false, false, new BigDecimal("10.555"), null, null).check(TODAY))
                .hasMessageContaining("negotiation.error.discount");
        assertThatThrownBy(() -> new ProposalTerms(null, null, false, false, null, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1)).check(TODAY)).hasMessageContaining("negotiation.error.pauseDates");
        assertThatThrownBy(() -> new ProposalTerms(null, null, false, false, null, LocalDate.of(2026, 2, 1),
                null).check(TODAY)).hasMessageContaining("negotiation.error.pauseDates");
        new ProposalTerms(2, 12, true, true, new BigDecimal("12.5"), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31)).check(TODAY);
    }

    @Test
    void a_pause_must_lie_between_a_year_ago_and_thirteen_months_ahead() {
        assertThatThrownBy(() -> new ProposalTerms(null, null, false, false, null, LocalDate.of(1990, 1, 1),
                LocalDate.of(1990, 2, 1)).check(TODAY)).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("negotiation.error.pauseRange"));
        assertThatThrownBy(() -> new ProposalTerms(null, null, false, false, null, LocalDate.of(2090, 1, 1),
                LocalDate.of(2090, 2, 1)).check(TODAY)).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("negotiation.error.pauseRange"));
        assertThatThrownBy(() -> new ProposalTerms(null, null, false, false, null, TODAY.minusYears(1).minusDays(1),
                TODAY.minusMonths(6)).check(TODAY)).hasMessageContaining("negotiation.error.pauseRange");
        assertThatThrownBy(() -> new ProposalTerms(null, null, false, false, null, TODAY.plusMonths(2),
                TODAY.plusMonths(13).plusDays(1)).check(TODAY)).hasMessageContaining("negotiation.error.pauseRange");
        new ProposalTerms(null, null, false, false, null, TODAY.minusYears(1), TODAY.minusYears(1)).check(TODAY);
        new ProposalTerms(null, null, false, false, null, TODAY.plusMonths(1), TODAY.plusMonths(13)).check(TODAY);
    }

    @Test
    void a_draft_cannot_change_sides() {
        Proposal proposal = new Proposal(1, 2, null, new ProposalDraft(ProposalSide.CLIENT, TODAY,
                ProposalTerms.instalments(6), null), BALANCE, "counsellor", java.time.Instant.EPOCH);
        assertThatThrownBy(() -> proposal.edit(new ProposalDraft(ProposalSide.LENDER, TODAY,
                ProposalTerms.instalments(3), null), java.time.Instant.EPOCH))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("negotiation.error.sideChange"));
        assertThat(proposal.side()).isEqualTo(ProposalSide.CLIENT);
        assertThat(proposal.terms().instalments()).isEqualTo(6);
    }

    @Test
    void a_draft_follows_the_balance_and_a_sent_proposal_keeps_the_plan_it_was_sent_with() {
        Proposal proposal = new Proposal(1, 2, null, new ProposalDraft(ProposalSide.CLIENT, TODAY,
                ProposalTerms.instalments(12), null), BALANCE, "counsellor", java.time.Instant.EPOCH);
        DebtBalance halfPaid = new DebtBalance(org.reliefdesk.shared.Money.yuan(6_000),
                org.reliefdesk.shared.Money.ZERO, org.reliefdesk.shared.Money.ZERO);
        assertThat(proposal.plan(halfPaid).monthly()).isEqualTo(org.reliefdesk.shared.Money.yuan(500));

        proposal.moveTo(ProposalStatus.SENT, null, BALANCE, java.time.Instant.EPOCH);
        proposal.moveTo(ProposalStatus.ACCEPTED, null, halfPaid, java.time.Instant.EPOCH);

        PlanPayment agreed = proposal.plan(halfPaid);
        assertThat(agreed.monthly()).isEqualTo(org.reliefdesk.shared.Money.yuan(1_000));
        assertThat(agreed.total()).isEqualTo(org.reliefdesk.shared.Money.yuan(12_000));
        assertThat(agreed.balance()).isEqualTo(org.reliefdesk.shared.Money.yuan(12_000));
        assertThat(agreed.payments()).hasSize(12);
    }
}
