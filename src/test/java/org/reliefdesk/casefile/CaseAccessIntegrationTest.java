package org.reliefdesk.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.SignedIn;
import org.reliefdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The access matrix: each role against its own case, another's and an
 * unassigned one, for every case method. A refusal looks like a missing case.
 */
@IntegrationTest(properties = {"reliefdesk.demo=true", "reliefdesk.test.context=cases"})
class CaseAccessIntegrationTest {

    @Autowired
    CaseService cases;
    @Autowired
    CaseAccess access;

    private long counsellorsCase;
    private String counsellorsClient;
    private long unassignedCase;

    @BeforeEach
    void openCases() {
        SignedIn.as("counsellor", Role.COUNSELLOR);
        IntakeDetails intake = Intakes.intake("许晴", "15012345678");
        CaseService.OpenedCase opened = cases.openCase(intake);
        counsellorsCase = opened.caseId();
        counsellorsClient = opened.clientLogin().account().username();
        SignedIn.as("admin", Role.ADMIN);
        unassignedCase = cases.openCase(Intakes.intake("韩梅", "15012345679")).caseId();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /** Every staff method on a case, each given the case id. */
    private Map<String, LongConsumer> staffMethods() {
        Map<String, LongConsumer> methods = new LinkedHashMap<>();
        methods.put("get", id -> cases.get(id));
        methods.put("revealIdNumber", id -> cases.revealIdNumber(id));
        methods.put("revealMobile", id -> cases.revealMobile(id));
        methods.put("recordConsent", id -> cases.recordConsent(id, 0, ConsentKind.PERSONAL_DATA, LocalDate.now(),
                ConsentMethod.PORTAL));
        methods.put("withdrawConsent", id -> cases.withdrawConsent(id, 0, ConsentKind.PERSONAL_DATA,
                LocalDate.now(), ConsentMethod.PORTAL));
        methods.put("saveBudget", id -> cases.saveBudget(id, 0, CaseServiceIntegrationTest.budget()));
        methods.put("addDebt", id -> cases.addDebt(id, 0, CaseServiceIntegrationTest.debt("某银行", LenderType.BANK,
                "18", RateBasis.ANNUAL, false)));
        methods.put("updateDebt", id -> cases.updateDebt(id, 0, 1, CaseServiceIntegrationTest.debt("某银行",
                LenderType.BANK, "18", RateBasis.ANNUAL, false)));
        methods.put("moveStage", id -> cases.moveStage(id, 0, Stage.WITHDRAWN, "test"));
        methods.put("assign", id -> cases.assign(id, 0, "counsellor2"));
        return methods;
    }

    @Test
    void a_page_of_case_ids_is_narrowed_to_the_cases_the_caller_works_on_in_one_call() {
        List<Long> page = List.of(counsellorsCase, unassignedCase, -1L);
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThat(access.workable(page)).containsExactly(counsellorsCase);
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThat(access.workable(page)).isEmpty();
        SignedIn.as("admin", Role.ADMIN);
        assertThat(access.workable(page)).containsExactlyInAnyOrder(counsellorsCase, unassignedCase);
        SignedIn.as(counsellorsClient, Role.CLIENT);
        assertThat(access.workable(page)).isEmpty();
    }

    @Test
    void another_counsellor_can_do_nothing_with_a_case_not_assigned_to_them() {
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertEveryMethodRefused(counsellorsCase);
        assertEveryMethodRefused(unassignedCase);
        assertThat(cases.caseload(CaseloadFilter.none(), PageRequest.of(0, 500)).getContent())
                .extracting(CaseSummary::id).doesNotContain(counsellorsCase, unassignedCase);
    }

    @Test
    void a_missing_case_is_refused_exactly_like_a_forbidden_one() {
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertEveryMethodRefused(Long.MAX_VALUE);
    }

    @Test
    void clients_see_only_the_status_of_their_own_case_and_nothing_else() {
        SignedIn.as(counsellorsClient, Role.CLIENT);
        assertThat(cases.status(counsellorsCase).counsellorName()).isEqualTo("王静（咨询师）");
        assertThat(cases.myCases()).extracting(ClientCaseStatus::id).containsExactly(counsellorsCase);
        assertEveryMethodRefused(counsellorsCase);
        assertThatThrownBy(() -> cases.status(unassignedCase)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.caseload(CaseloadFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as("client2", Role.CLIENT);
        assertThatThrownBy(() -> cases.status(counsellorsCase)).isInstanceOf(AccessDeniedException.class);
        assertThat(cases.myCases()).extracting(ClientCaseStatus::id).doesNotContain(counsellorsCase);
    }

    @Test
    void the_assigned_counsellor_may_work_on_the_case_but_not_reassign_it() {
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThatCode(() -> cases.get(counsellorsCase)).doesNotThrowAnyException();
        assertThatCode(() -> cases.status(counsellorsCase)).doesNotThrowAnyException();
        long version = cases.get(counsellorsCase).version();
        assertThatThrownBy(() -> cases.assign(counsellorsCase, version, "counsellor2"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.myCases()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_assigns_a_case_and_only_then_the_counsellor_sees_it() {
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThatThrownBy(() -> cases.get(unassignedCase)).isInstanceOf(AccessDeniedException.class);

        SignedIn.as("admin", Role.ADMIN);
        CaseDetails assigned = cases.assign(unassignedCase, cases.get(unassignedCase).version(), "counsellor2");
        assertThat(assigned.counsellorUsername()).isEqualTo("counsellor2");

        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThat(cases.get(unassignedCase).clientName()).isEqualTo("韩梅");
        SignedIn.as("counsellor", Role.COUNSELLOR);
        assertThatThrownBy(() -> cases.get(unassignedCase)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_active_counsellors_can_be_assigned() {
        SignedIn.as("admin", Role.ADMIN);
        long version = cases.get(unassignedCase).version();
        assertThatThrownBy(() -> cases.assign(unassignedCase, version, "client2"))
                .isInstanceOfSatisfying(org.reliefdesk.shared.InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.notACounsellor"));
    }

    private void assertEveryMethodRefused(long caseId) {
        staffMethods().forEach((name, method) -> assertThatThrownBy(() -> method.accept(caseId))
                .as(name).isInstanceOf(AccessDeniedException.class));
    }
}
