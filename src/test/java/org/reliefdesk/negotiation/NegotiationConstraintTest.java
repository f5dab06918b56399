package org.reliefdesk.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class NegotiationConstraintTest {

    private static DataIntegrityViolationException violation(String message, String constraint) {
        SQLException sql = new SQLException(message, "23505");
        return new DataIntegrityViolationException("could not execute statement",
                new org.hibernate.exception.ConstraintViolationException("could not execute statement", sql,
                        constraint));
    }

    @Test
    void only_the_one_accepted_index_counts_as_already_accepted() {
        assertThat(NegotiationService.violates(violation(
                "duplicate key value violates unique constraint \"negotiation_proposal_one_accepted\"",
                "negotiation_proposal_one_accepted"), NegotiationService.ONE_ACCEPTED_INDEX)).isTrue();
        assertThat(NegotiationService.violates(violation(
                "duplicate key value violates unique constraint \"negotiation_proposal_one_accepted\"", null),
                NegotiationService.ONE_ACCEPTED_INDEX)).as("found in the driver's message").isTrue();
        assertThat(NegotiationService.violates(violation(
                "insert or update on table \"negotiation_proposal_call\" violates foreign key constraint",
                "negotiation_proposal_call_call_id_fkey"), NegotiationService.ONE_ACCEPTED_INDEX)).isFalse();
        assertThat(NegotiationService.violates(new DataIntegrityViolationException("check"),
                NegotiationService.ONE_ACCEPTED_INDEX)).isFalse();
    }
}
