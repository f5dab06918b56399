package org.reliefdesk.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.SignedIn;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest(properties = {"reliefdesk.demo=true", "reliefdesk.test.context=cases"})
class CaseServiceIntegrationTest {

    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signInAsCounsellor() {
        SignedIn.as("counsellor", Role.COUNSELLOR);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void intake_stores_identity_numbers_only_encrypted_and_creates_the_client_login() {
        IntakeDetails intake = Intakes.intake("陈建国", "138 0013 8000");
        CaseService.OpenedCase opened = cases.openCase(intake);

        CaseDetails details = cases.get(opened.caseId());
        assertThat(details.stage()).isEqualTo(Stage.INTAKE);
        assertThat(details.counsellorUsername()).isEqualTo("counsellor");
        assertThat(details.maskedIdNumber()).startsWith("110").contains("***********").hasSize(18);
        assertThat(details.maskedMobile()).isEqualTo("138****8000");
        assertThat(details.emergencyContacts()).singleElement()
                .satisfies(c -> assertThat(c.maskedMobile()).isEqualTo("139****5678"));
        assertThat(opened.clientLogin().account().role()).isEqualTo(Role.CLIENT);
        assertThat(opened.clientLogin().account().mustChangePassword()).isTrue();

        byte[] storedId = jdbc.queryForObject("select id_number_cipher from case_file where id = ?", byte[].class,
                opened.caseId());
        assertThat(new String(storedId, StandardCharsets.ISO_8859_1)).doesNotContain(intake.idNumber());
        String row = jdbc.queryForObject("select row_to_json(c)::text from case_file c where id = ?", String.class,
                opened.caseId());
        assertThat(row).doesNotContain(intake.idNumber().substring(6, 14)).doesNotContain("13800138000");
        assertThat(audited(opened.caseId(), "CASE_OPENED")).isEqualTo(1);
    }

    @Test
    void an_invalid_id_number_is_refused_and_nothing_is_saved() {
        long before = count();
        IntakeDetails good = Intakes.intake("刘洋", "13700137000");
        String wrongCheckDigit = good.idNumber().substring(0, 17)
                + (good.idNumber().charAt(17) == '1' ? "2" : "1");
        IntakeDetails bad = new IntakeDetails(good.fullName(), wrongCheckDigit, good.mobile(), good.address(),
                good.emergencyContacts(), good.hardshipReason(), good.hardshipDetails(), false, false,
                good.clientUsername());

        assertThatThrownBy(() -> cases.openCase(bad)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo("validation.idNumber.checkDigit"));
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from account where username = ?", Long.class,
                good.clientUsername())).isZero();
    }

    @Test
    void leaving_intake_needs_both_consents_a_debt_and_a_budget() {
        long id = cases.openCase(Intakes.intake("赵丽", "13600136000")).caseId();
        CaseDetails c = cases.get(id);

        long version = c.version();
        assertThatThrownBy(() -> cases.moveStage(id, version, Stage.NEGOTIATION, null))
                .isInstanceOfSatisfying(StageMoveRefusedException.class, e -> assertThat(e.blockers()).hasSize(4));

        c = cases.recordConsent(id, c.version(), ConsentKind.PERSONAL_DATA, LocalDate.now(), ConsentMethod.SIGNED_PAPER);
        c = cases.recordConsent(id, c.version(), ConsentKind.SENSITIVE_DATA, LocalDate.now(), ConsentMethod.SIGNED_PAPER);
        c = cases.addDebt(id, c.version(), debt("借呗", LenderType.ONLINE_PLATFORM, "0.05", RateBasis.DAILY, false));
        assertThat(blockersTo(c, Stage.NEGOTIATION)).containsExactly("stage.blocked.noBudget");
        c = cases.saveBudget(id, c.version(), budget());
        assertThat(blockersTo(c, Stage.NEGOTIATION)).isEmpty();

        c = cases.moveStage(id, c.version(), Stage.NEGOTIATION, null);

        assertThat(c.stage()).isEqualTo(Stage.NEGOTIATION);
        assertThat(c.history()).singleElement().satisfies(move -> {
            assertThat(move.from()).isEqualTo(Stage.INTAKE);
            assertThat(move.movedBy()).isEqualTo("counsellor");
        });
        assertThat(audited(id, "STAGE_MOVED")).isEqualTo(1);

        long v = c.version();
        assertThatThrownBy(() -> cases.moveStage(id, v, Stage.INTAKE, " "))
                .isInstanceOfSatisfying(StageMoveRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("stage.blocked.reasonRequired"));
        c = cases.moveStage(id, v, Stage.INTAKE, "客户提供了新的债务");
        assertThat(c.history()).hasSize(2).last().satisfies(m -> assertThat(m.reason()).isEqualTo("客户提供了新的债务"));
    }

    @Test
    void a_withdrawn_consent_is_kept_and_blocks_leaving_intake_again() {
        long id = cases.openCase(Intakes.intake("孙强", "13500135000")).caseId();
        CaseDetails c = cases.get(id);
        c = cases.recordConsent(id, c.version(), ConsentKind.SENSITIVE_DATA, LocalDate.now(), ConsentMethod.PORTAL);
        c = cases.withdrawConsent(id, c.version(), ConsentKind.SENSITIVE_DATA, LocalDate.now(),
                ConsentMethod.RECORDED_CALL);

        assertThat(c.consents()).singleElement().satisfies(consent -> {
            assertThat(consent.active()).isFalse();
            assertThat(consent.withdrawnBy()).isEqualTo("counsellor");
        });
        assertThat(blockersTo(c, Stage.NEGOTIATION)).contains("stage.blocked.sensitiveConsent");
        assertThat(audited(id, "CONSENT_WITHDRAWN")).isEqualTo(1);
    }

    @Test
    void the_second_of_two_editors_is_told_and_nothing_is_overwritten() {
        long id = cases.openCase(Intakes.intake("周杰", "13400134000")).caseId();
        long staleVersion = cases.get(id).version();
        cases.saveBudget(id, staleVersion, budget());

        assertThatThrownBy(() -> cases.addDebt(id, staleVersion,
                debt("招联消费金融", LenderType.CONSUMER_FINANCE, "24", RateBasis.ANNUAL, false)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(cases.get(id).debtsByPriority()).isEmpty();
        assertThat(cases.get(id).budget()).isNotNull();
    }

    @Test
    void debts_are_ordered_legal_action_first_then_by_highest_rate_and_updates_are_audited_field_by_field() {
        long id = cases.openCase(Intakes.intake("吴敏", "13300133000")).caseId();
        CaseDetails c = cases.get(id);
        c = cases.addDebt(id, c.version(), debt("某银行", LenderType.BANK, "18", RateBasis.ANNUAL, false));
        c = cases.addDebt(id, c.version(), debt("某小贷", LenderType.MICROLOAN, "2", RateBasis.MONTHLY, false));
        c = cases.addDebt(id, c.version(), debt("某消金", LenderType.CONSUMER_FINANCE, "12", RateBasis.ANNUAL, true));

        assertThat(c.debtsByPriority()).extracting(d -> d.details().lenderName())
                .containsExactly("某消金", "某小贷", "某银行");
        assertThat(c.totalOutstanding()).isEqualTo(Money.of("15300.00"));
        assertThat(c.debtsByPriority().getFirst().daysOverdue()).isGreaterThanOrEqualTo(30);

        DebtLine bank = c.debtsByPriority().getLast();
        DebtDetails changed = debt("某银行", LenderType.BANK, "18", RateBasis.ANNUAL, false);
        changed = new DebtDetails(changed.lenderName(), changed.lenderType(), changed.product(),
                changed.contractDate(), changed.contractPrincipal(), changed.amountReceived(), changed.upfrontFees(),
                changed.nominalRate(), changed.rateBasis(), changed.termMonths(), changed.paidSoFar(),
                Money.of("4000"), changed.outstandingInterest(), changed.outstandingPenalties(),
                changed.overdueSince(), "某催收公司", false);
        cases.updateDebt(id, c.version(), bank.id(), changed);

        String summary = jdbc.queryForObject(
                "select summary from audit_event where case_id = ? and action = 'DEBT_UPDATED'", String.class, id);
        assertThat(summary).contains("outstandingPrincipal: 5000.00 -> 4000.00")
                .contains("collectorAgency: null -> 某催收公司").doesNotContain("lenderName:");
    }

    @Test
    void bad_debt_input_is_refused_with_the_field_named() {
        long id = cases.openCase(Intakes.intake("郑爽", "13200132000")).caseId();
        long version = cases.get(id).version();
        DebtDetails d = debt("", LenderType.BANK, "18", RateBasis.ANNUAL, false);
        assertThatThrownBy(() -> cases.addDebt(id, version, d)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo("debt.error.lenderName"));
        DebtDetails future = debt("某银行", LenderType.BANK, "18", RateBasis.ANNUAL, false);
        DebtDetails inFuture = new DebtDetails(future.lenderName(), future.lenderType(), null,
                LocalDate.now().plusDays(3), future.contractPrincipal(), future.amountReceived(), future.upfrontFees(),
                future.nominalRate(), future.rateBasis(), 12, future.paidSoFar(), future.outstandingPrincipal(),
                future.outstandingInterest(), future.outstandingPenalties(), null, null, false);
        assertThatThrownBy(() -> cases.addDebt(id, version, inFuture))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("debt.error.contractDateFuture"));
        assertThat(cases.get(id).debtsByPriority()).isEmpty();
    }

    @Test
    void revealing_the_full_id_number_is_an_audited_act() {
        IntakeDetails intake = Intakes.intake("冯涛", "13100131000");
        long id = cases.openCase(intake).caseId();

        assertThat(cases.revealIdNumber(id)).isEqualTo(intake.idNumber());
        assertThat(cases.revealMobile(id)).isEqualTo("13100131000");
        assertThat(audited(id, "ID_NUMBER_REVEALED")).isEqualTo(1);
        assertThat(audited(id, "MOBILE_REVEALED")).isEqualTo(1);
    }

    @Test
    void the_caseload_is_searchable_by_two_characters_phone_last_four_and_exact_id() {
        IntakeDetails intake = Intakes.intake("欧阳娜娜", "13912348765");
        long id = cases.openCase(intake).caseId();

        assertThat(idsFound("阳娜")).contains(id);
        assertThat(idsFound("8765")).contains(id);
        assertThat(idsFound(intake.idNumber())).containsExactly(id);
        assertThat(idsFound(intake.idNumber().toLowerCase())).containsExactly(id);
        assertThat(idsFound("不存在的名字")).isEmpty();
    }

    @Test
    void a_counsellor_sees_only_their_own_caseload_and_an_administrator_sees_all() {
        long mine = cases.openCase(Intakes.intake("马超", "13812340001")).caseId();
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        long theirs = cases.openCase(Intakes.intake("马云飞", "13812340002")).caseId();

        assertThat(idsFound("马")).contains(theirs).doesNotContain(mine);
        SignedIn.as("admin", Role.ADMIN);
        assertThat(idsFound("马")).contains(mine, theirs);
        assertThat(cases.caseload(new CaseloadFilter(null, "counsellor2", false, null, "马"),
                PageRequest.of(0, 50)).getContent()).extracting(CaseSummary::id).contains(theirs)
                .doesNotContain(mine);
    }

    @Test
    void urgent_cases_come_first_and_can_be_filtered() {
        IntakeDetails plain = Intakes.intake("黄磊", "13812340003");
        IntakeDetails urgent = new IntakeDetails("黄渤", Intakes.idNumber(999), "13812340004", null, List.of(),
                HardshipReason.ILLNESS, null, true, true, "urgent" + System.nanoTime() % 100000);
        long plainId = cases.openCase(plain).caseId();
        long urgentId = cases.openCase(urgent).caseId();

        List<Long> ordered = idsFound("黄");
        assertThat(ordered.indexOf(urgentId)).isLessThan(ordered.indexOf(plainId));
        assertThat(cases.caseload(new CaseloadFilter(null, null, true, null, "黄"), PageRequest.of(0, 50))
                .getContent()).extracting(CaseSummary::id).contains(urgentId).doesNotContain(plainId);
    }

    @Test
    void cases_with_long_overdue_debts_can_be_filtered_by_days() {
        long id = cases.openCase(Intakes.intake("高远", "13812340005")).caseId();
        CaseDetails c = cases.get(id);
        cases.addDebt(id, c.version(), debt("某平台", LenderType.ONLINE_PLATFORM, "0.1", RateBasis.DAILY, false));

        assertThat(cases.caseload(new CaseloadFilter(null, null, false, 30, "高远"), PageRequest.of(0, 10))
                .getContent()).extracting(CaseSummary::id).containsExactly(id);
        assertThat(cases.caseload(new CaseloadFilter(null, null, false, 400, "高远"), PageRequest.of(0, 10))
                .getContent()).isEmpty();
    }

    private List<Long> idsFound(String search) {
        return cases.caseload(new CaseloadFilter(null, null, false, null, search), PageRequest.of(0, 100))
                .getContent().stream().map(CaseSummary::id).toList();
    }

    private List<String> blockersTo(CaseDetails c, Stage to) {
        return c.moves().stream().filter(m -> m.to() == to).findFirst().orElseThrow().blockers().stream()
                .map(Blocker::messageKey).toList();
    }

    static DebtDetails debt(String lender, LenderType type, String rate, RateBasis basis, boolean legalAction) {
        return new DebtDetails(lender, type, "消费贷", LocalDate.now().minusYears(1), Money.of("6000"),
                Money.of("5400"), Money.of("600"), new BigDecimal(rate), basis, 12, Money.of("1500"),
                Money.of("5000"), Money.of("80"), Money.of("20"), LocalDate.now().minusDays(45), null, legalAction);
    }

    static Budget budget() {
        return new Budget(List.of(
                new Budget.Line(true, null, "工资", Money.of("6000")),
                new Budget.Line(false, ExpenseCategory.HOUSING, "房租", Money.of("2000")),
                new Budget.Line(false, ExpenseCategory.FOOD, "伙食", Money.of("1200")),
                new Budget.Line(false, ExpenseCategory.OTHER, "娱乐", Money.of("300"))), 1);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from case_file", Long.class);
    }

    @Test
    void activity_noted_by_another_module_moves_the_case_up_without_changing_its_version() {
        long caseId = cases.openCase(Intakes.intake("周敏", "13600136000")).caseId();
        jdbc.update("update case_file set last_activity_at = last_activity_at - interval '1 day' where id = ?", caseId);
        CaseDetails before = cases.get(caseId);

        cases.noteActivity(caseId);

        CaseDetails after = cases.get(caseId);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.lastActivityAt()).isAfter(before.lastActivityAt());
        SignedIn.as("counsellor2", Role.COUNSELLOR);
        assertThatThrownBy(() -> cases.noteActivity(caseId)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_debt_is_settled_on_a_past_date_excluded_with_a_reason_or_reopened_and_each_change_is_audited() {
        long id = cases.openCase(Intakes.intake("冯静", "13600136001")).caseId();
        CaseDetails c = cases.addDebt(id, cases.get(id).version(), debt("花呗", LenderType.ONLINE_PLATFORM, "18",
                RateBasis.ANNUAL, false));
        DebtLine debt = c.debtsByPriority().getFirst();
        assertThat(debt.resolution()).isEqualTo(DebtResolution.OPEN);
        assertThat(debt.addedAt()).isNotNull();
        long debtId = debt.id();
        long v = c.version();

        assertThatThrownBy(() -> cases.resolveDebt(id, debtId, v, DebtResolution.SETTLED, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("debt.error.settledOn"));
        assertThatThrownBy(() -> cases.resolveDebt(id, debtId, v, DebtResolution.SETTLED,
                LocalDate.now().plusDays(2), null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> cases.resolveDebt(id, debtId, v, DebtResolution.EXCLUDED, null, "  "))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("debt.error.exclusionReason"));
        assertThat(cases.get(id).version()).isEqualTo(v);

        LocalDate settled = LocalDate.now().minusDays(3);
        c = cases.resolveDebt(id, debtId, v, DebtResolution.SETTLED, settled, "按协议结清");
        assertThat(c.debtsByPriority().getFirst().resolution()).isEqualTo(DebtResolution.SETTLED);
        assertThat(c.debtsByPriority().getFirst().resolvedOn()).isEqualTo(settled);
        long stale = v;
        assertThatThrownBy(() -> cases.resolveDebt(id, debtId, stale, DebtResolution.OPEN, null, null))
                .isInstanceOf(ConcurrentChangeException.class);

        c = cases.resolveDebt(id, debtId, c.version(), DebtResolution.EXCLUDED, null, "合同无效，已起诉");
        assertThat(c.debtsByPriority().getFirst().resolutionReason()).isEqualTo("合同无效，已起诉");
        c = cases.resolveDebt(id, debtId, c.version(), DebtResolution.OPEN, null, null);
        assertThat(c.debtsByPriority().getFirst().resolvedOn()).isNull();
        assertThat(audited(id, "DEBT_RESOLVED")).isEqualTo(3);
    }

    @Test
    void the_emergency_fund_is_kept_with_the_budget_and_measured_in_months_of_essential_spending() {
        long id = cases.openCase(Intakes.intake("褚云", "13600136002")).caseId();
        Budget withFund = new Budget(budget().lines(), 1, Money.of("6400"));
        CaseDetails c = cases.saveBudget(id, cases.get(id).version(), withFund);
        assertThat(c.budget().emergencyFund()).isEqualTo(Money.of("6400"));
        // Essential spending is 2,000 + 1,200 a month: 6,400 covers two months.
        assertThat(c.budget().emergencyFundMonths()).isEqualByComparingTo("2.00");
        long v = c.version();
        assertThatThrownBy(() -> cases.saveBudget(id, v, new Budget(budget().lines(), 1, Money.of("-1"))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("budget.error.emergencyFund"));
        c = cases.saveBudget(id, v, budget());
        assertThat(c.budget().emergencyFund()).isNull();
        assertThat(c.budget().emergencyFundMonths()).isNull();
    }

    private long audited(long caseId, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where case_id = ? and action = ?", Long.class,
                caseId, action);
    }
}
