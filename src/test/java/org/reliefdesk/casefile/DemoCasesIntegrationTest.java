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
}
