package org.reliefdesk.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.SignedIn;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Same context as the case access tests, so the same freshly seeded database. */
@IntegrationTest(properties = {"reliefdesk.demo=true", "reliefdesk.test.context=cases"})
class DemoCasesIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseService cases;
    @Autowired
    AuditTrail audit;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void demo_mode_seeds_thirty_cases_across_every_stage_for_both_counsellors() {
        assertThat(jdbc.queryForObject("select count(*) from case_file where client_username like 'demo-client-%' "
                + "or client_username in ('client', 'client2')", Long.class)).isEqualTo(30);
        List<String> stages = jdbc.queryForList("select distinct stage from case_file", String.class);
        assertThat(stages).containsExactlyInAnyOrder("INTAKE", "NEGOTIATION", "AGREEMENT", "REPAYMENT",
                "CREDIT_REPAIR", "CLOSED", "WITHDRAWN");
        assertThat(jdbc.queryForList("select distinct counsellor_username from case_file where client_username "
                + "like 'demo-client-%'", String.class)).containsExactlyInAnyOrder("counsellor", "counsellor2");
    }

    @Test
    void each_demo_client_owns_one_case_they_can_follow() {
        SignedIn.as("client", Role.CLIENT);
        assertThat(cases.myCases()).hasSize(1);
        SignedIn.as("client2", Role.CLIENT);
        assertThat(cases.myCases()).hasSize(1);
    }

    @Test
    void the_seed_went_through_the_audited_service_and_the_chain_holds() {
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'STAGE_MOVED'", Long.class))
                .isGreaterThan(20);
        SignedIn.as("admin", Role.ADMIN);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void cases_past_intake_get_a_negotiation_history_so_the_workspace_is_not_empty() {
        long pastIntake = jdbc.queryForObject("select count(*) from case_file where stage not in ('INTAKE', "
                + "'WITHDRAWN') and exists (select 1 from case_debt d where d.case_id = case_file.id)", Long.class);
        assertThat(pastIntake).isPositive();
        assertThat(jdbc.queryForObject("select count(distinct case_id) from call_log", Long.class))
                .isEqualTo(pastIntake);
        assertThat(jdbc.queryForObject("select count(*) from call_log where outcome = 'ABUSIVE'", Long.class))
                .isPositive();
        // Cases beyond negotiation have the proposal the lender accepted; those in negotiation wait for an answer.
        assertThat(jdbc.queryForList("select distinct p.status from negotiation_proposal p join case_file c "
                + "on c.id = p.case_id where c.stage = 'NEGOTIATION'", String.class)).containsExactly("SENT");
        assertThat(jdbc.queryForList("select distinct p.status from negotiation_proposal p join case_file c "
                + "on c.id = p.case_id where c.stage = 'REPAYMENT'", String.class)).containsExactly("ACCEPTED");
    }
}
