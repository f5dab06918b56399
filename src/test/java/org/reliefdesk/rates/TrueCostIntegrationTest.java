package org.reliefdesk.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.SignedIn;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.ConcurrentChangeException;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest(properties = {"reliefdesk.demo=true", "reliefdesk.test.context=rates"})
class TrueCostIntegrationTest {

    private static final LocalDate CONTRACT = LocalDate.of(2025, 1, 15);

    @Autowired
    TrueCostService rates;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;

    private long caseId;
    private String client;
    private long bankDebt;
    private long privateDebt;

    @BeforeEach
    void openCaseWithTwoDebts() {
        SignedIn.as("counsellor", Role.COUNSELLOR);
        CaseService.OpenedCase opened = cases.openCase(Intakes.intake("周敏", "13612345678"));
        caseId = opened.caseId();
        client = opened.clientLogin().account().username();
        CaseDetails details = cases.addDebt(caseId, 0, debt("某消费金融", LenderType.CONSUMER_FINANCE, "10000", "9000"));
        details = cases.addDebt(caseId, details.version(), debt("张三（个人）", LenderType.UNLICENSED_OR_UNKNOWN,
                "10000", "10000"));
        bankDebt = idOf(details, "某消费金融");
        privateDebt = idOf(details, "张三（个人）");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void the_lpr_in_force_changes_on_the_fixing_dates() {
        assertThat(rates.oneYearLpr(LocalDate.of(2019, 8, 19))).isEmpty();
        assertThat(rates.oneYearLpr(LocalDate.of(2019, 8, 20))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4.25"));
        assertThat(rates.oneYearLpr(LocalDate.of(2020, 4, 19))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4.05"));
        assertThat(rates.oneYearLpr(LocalDate.of(2020, 4, 20))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.85"));
        assertThat(rates.oneYearLpr(LocalDate.of(2024, 10, 20))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.35"));
        assertThat(rates.oneYearLpr(LocalDate.of(2024, 10, 21))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.10"));
        assertThat(rates.oneYearLpr(LocalDate.of(2025, 5, 19))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.10"));
        assertThat(rates.oneYearLpr(LocalDate.of(2025, 5, 20))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.00"));
        assertThat(rates.oneYearLpr(LocalDate.of(2026, 11, 21))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.00"));
    }

    @Test
    void private_lending_is_capped_at_four_times_the_lpr_of_the_contract_date() {
        assertThat(codesAndRates(LenderType.UNLICENSED_OR_UNKNOWN, LocalDate.of(2025, 5, 20)))
                .containsExactly("PRIVATE_4X_LPR 12");
        assertThat(codesAndRates(LenderType.UNLICENSED_OR_UNKNOWN, LocalDate.of(2025, 5, 19)))
                .containsExactly("PRIVATE_4X_LPR 12.4");
        assertThat(codesAndRates(LenderType.UNLICENSED_OR_UNKNOWN, LocalDate.of(2020, 8, 20)))
                .containsExactly("PRIVATE_4X_LPR 15.4");
        // The day before the 2020 rule: the old 24% / 36% lines.
        assertThat(codesAndRates(LenderType.UNLICENSED_OR_UNKNOWN, LocalDate.of(2020, 8, 19)))
                .containsExactly("PRIVATE_24 24", "PRIVATE_36_VOID 36");
        LegalLine fourTimes = rates.linesFor(LenderType.UNLICENSED_OR_UNKNOWN, CONTRACT).getFirst();
        assertThat(fourTimes.lprPercent()).isEqualByComparingTo("3.1");
        assertThat(fourTimes.rule(java.util.Locale.ENGLISH)).contains("4 times the 1-year LPR");
    }

    @Test
    void licensed_lenders_get_the_24_and_36_lines_and_microloan_companies_the_note() {
        assertThat(codesAndRates(LenderType.BANK, CONTRACT)).containsExactly("FINANCIAL_24 24", "LICENSED_36 36");
        assertThat(codesAndRates(LenderType.MICROLOAN, CONTRACT))
                .containsExactly("FINANCIAL_24 24", "LICENSED_36 36", "MICROLOAN_NOTE -");
        assertThat(codesAndRates(LenderType.MICROLOAN, LocalDate.of(2020, 12, 31)))
                .containsExactly("FINANCIAL_24 24", "LICENSED_36 36");
        assertThat(rates.linesFor(LenderType.BANK, null)).isEmpty();
    }

    @Test
    void the_case_shows_each_debts_true_rate_its_lines_and_the_total_excess() {
        // The consumer-finance debt: 10,000 at 12% 等额本息 but 9,000 received (砍头息) → APR 32.50% (golden test).
        rates.saveStructure(caseId, bankDebt, null, new RepaymentStructure(RepaymentMethod.EQUAL_INSTALMENT, null,
                Money.ZERO, null));
        // The private loan: typed flows, 10,000 received and 12,500 repaid a year later → EAR 25%, APR 22.52%.
        rates.saveFlows(caseId, privateDebt, null, List.of(new PlannedFlow(CONTRACT.plusMonths(12),
                Money.yuan(12500), "一次还清")));

        CaseTrueCost cost = rates.forCase(caseId);

        DebtTrueCost bank = cost.debts().stream().filter(d -> d.debtId() == bankDebt).findFirst().orElseThrow();
        assertThat(bank.basis()).isEqualTo(DebtTrueCost.Basis.STRUCTURE);
        assertThat(bank.rate().nominalAprPercent().doubleValue()).isCloseTo(32.50, within(0.005));
        assertThat(bank.lines()).extracting(c -> c.line().code() + " " + c.exceeded())
                .containsExactly("FINANCIAL_24 true", "LICENSED_36 false");
        assertThat(bank.upfront().deducted()).isTrue();
        assertThat(bank.upfront().recomputedOutstandingPrincipal()).isEqualTo(Money.yuan(5000));

        DebtTrueCost personal = cost.debts().stream().filter(d -> d.debtId() == privateDebt).findFirst()
                .orElseThrow();
        assertThat(personal.basis()).isEqualTo(DebtTrueCost.Basis.EXPLICIT_FLOWS);
        assertThat(personal.lines()).singleElement().satisfies(c -> {
            assertThat(c.line().ratePercent()).isEqualByComparingTo("12.4");
            assertThat(c.exceeded()).isTrue();
        });
        // Simple rate 25% > 12.4%. A loan at the line owes simple interest, as courts count it: 10,000 × (1 + 12.4%)
        // = 11,240 after a year; 12,500 − 11,240 = 1,260.00. (Was 1,187.04 with the line compounded monthly.)
        assertThat(personal.rate().linePercent().doubleValue()).isCloseTo(25.0, within(0.005));
        assertThat(personal.excess()).isEqualTo(Money.of("1260.00"));
        assertThat(cost.totalExcess()).isEqualTo(bank.excess().plus(personal.excess()));
        assertThat(rates.trueRate(caseId, privateDebt).effectiveAnnualPercent().doubleValue())
                .isCloseTo(25.0, within(0.005));
        assertThat(audited("RATES_STRUCTURE_SAVED")).isEqualTo(1);
        assertThat(audited("RATES_FLOWS_SAVED")).isEqualTo(1);
    }

    @Test
    void the_case_ranks_its_debts_by_true_rate_not_by_the_rate_their_contracts_quote() {
        // Both contracts quote 12%. The consumer-finance debt really costs 32.50% (砍头息).
        rates.saveFlows(caseId, privateDebt, null, List.of(new PlannedFlow(CONTRACT.plusMonths(12),
                Money.yuan(12500), "一次还清")));
        assertThat(cases.get(caseId).debtsByPriority()).extracting(DebtLine::id).containsExactly(bankDebt, privateDebt);
        assertThat(cases.get(caseId).debtsByPriority().getFirst().trueAnnualPercent().doubleValue())
                .isCloseTo(32.50, within(0.005));

        // Typed payments show the private loan took 15,000 back for 10,000: 41.24% a year, now the dearest.
        long version = rates.plan(caseId, privateDebt).version();
        rates.saveFlows(caseId, privateDebt, version, List.of(new PlannedFlow(CONTRACT.plusMonths(12),
                Money.yuan(15000), "一次还清")));
        List<DebtLine> ranked = cases.get(caseId).debtsByPriority();
        assertThat(ranked).extracting(DebtLine::id).containsExactly(privateDebt, bankDebt);
        // EAR 50%, so APR = 12 × (1.5^(1/12) − 1) = 41.24%.
        assertThat(ranked.getFirst().trueAnnualPercent().doubleValue()).isCloseTo(41.24, within(0.005));
    }

    @Test
    void bad_input_is_refused_and_nothing_is_saved() {
        assertThatThrownBy(() -> rates.saveFlows(caseId, privateDebt, null, List.of(
                new PlannedFlow(CONTRACT.plusMonths(1), Money.yuan(100), null),
                new PlannedFlow(CONTRACT.minusDays(1), Money.yuan(100), null))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("rates.error.flowDate");
                    assertThat(e.arguments()).containsExactly(2);
                });
        assertThatThrownBy(() -> rates.saveFlows(caseId, privateDebt, null, List.of(
                new PlannedFlow(CONTRACT.plusMonths(1), Money.ZERO, null))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rates.error.flowAmount"));
        assertThatThrownBy(() -> rates.saveStructure(caseId, privateDebt, null, new RepaymentStructure(
                RepaymentMethod.EQUAL_INSTALMENT, CONTRACT.minusDays(3), Money.ZERO, null)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rates.error.firstDueDate"));
        // Beyond 50 years after the contract (the schedule would run past the date column's sense).
        assertRefused(new RepaymentStructure(RepaymentMethod.EQUAL_INSTALMENT, CONTRACT.plusYears(50).plusDays(1),
                Money.ZERO, null), "rates.error.firstDueDate");
        // A fee above 100 million yuan used to overflow numeric(14,2) into a generic error.
        assertRefused(new RepaymentStructure(RepaymentMethod.EQUAL_INSTALMENT, null,
                Money.of("100000000.01"), null), "rates.error.fee");
        assertRefused(new RepaymentStructure(RepaymentMethod.EQUAL_INSTALMENT, null,
                Money.of("1000000000000"), null), "rates.error.fee");
        assertRefused(new RepaymentStructure(RepaymentMethod.EQUAL_INSTALMENT, null, Money.of("-1"), null),
                "rates.error.fee");
        assertRefused(new RepaymentStructure(RepaymentMethod.BULLET, null, Money.ZERO, 0), "rates.error.termDays");
        assertRefused(new RepaymentStructure(RepaymentMethod.BULLET, null, Money.ZERO, -5), "rates.error.termDays");
        assertRefused(new RepaymentStructure(RepaymentMethod.BULLET, null, Money.ZERO, 36_601),
                "rates.error.termDays");
        assertThat(rates.plan(caseId, privateDebt).version()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from rates_plan where case_id = ?", Long.class, caseId))
                .isZero();
        assertThat(audited("RATES_FLOWS_SAVED") + audited("RATES_STRUCTURE_SAVED")).isZero();
    }

    @Test
    void fields_the_method_does_not_use_are_not_stored() {
        // The dialog sends every field; a term in days of 0 with 等额本息 used to break the term_days > 0 check.
        rates.saveStructure(caseId, privateDebt, null, new RepaymentStructure(RepaymentMethod.EQUAL_INSTALMENT,
                CONTRACT.plusDays(20), Money.of("12.50"), 0));
        RepaymentStructure instalments = rates.plan(caseId, privateDebt).structure();
        assertThat(instalments.termDays()).isNull();
        assertThat(instalments.firstDueDate()).isEqualTo(CONTRACT.plusDays(20));
        assertThat(instalments.feePerInstalment()).isEqualTo(Money.of("12.50"));

        long version = rates.plan(caseId, privateDebt).version();
        rates.saveStructure(caseId, privateDebt, version, new RepaymentStructure(RepaymentMethod.BULLET,
                CONTRACT.plusYears(80), Money.ZERO, 30));
        RepaymentStructure bullet = rates.plan(caseId, privateDebt).structure();
        assertThat(bullet.firstDueDate()).isNull();
        assertThat(bullet.termDays()).isEqualTo(30);
    }

    @Test
    void a_stale_version_is_refused() {
        rates.saveFlows(caseId, privateDebt, null, List.of(new PlannedFlow(CONTRACT.plusMonths(12),
                Money.yuan(11000), null)));
        long version = rates.plan(caseId, privateDebt).version();
        rates.saveStructure(caseId, privateDebt, version, new RepaymentStructure(RepaymentMethod.BULLET, null,
                Money.ZERO, 365));

        assertThatThrownBy(() -> rates.saveFlows(caseId, privateDebt, version, List.of()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(rates.plan(caseId, privateDebt).flows()).hasSize(1);
    }

    @Test
    void a_debt_of_another_case_is_not_found() {
        long otherCase = cases.openCase(Intakes.intake("吴刚", "13612345670")).caseId();
        assertThatThrownBy(() -> rates.forDebt(otherCase, bankDebt)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rates.saveFlows(otherCase, bankDebt, null, List.of()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void another_counsellor_and_the_client_are_refused() {
        for (Runnable signIn : List.<Runnable>of(() -> SignedIn.as("counsellor2", Role.COUNSELLOR),
                () -> SignedIn.as(client, Role.CLIENT), () -> SignedIn.as("client", Role.CLIENT))) {
            signIn.run();
            assertThatThrownBy(() -> rates.forCase(caseId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rates.forDebt(caseId, bankDebt)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rates.trueRate(caseId, bankDebt)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rates.plan(caseId, bankDebt)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rates.saveFlows(caseId, bankDebt, null, List.of()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rates.saveStructure(caseId, bankDebt, null, null))
                    .isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.nobody();
        assertThatThrownBy(() -> rates.linesFor(LenderType.BANK, CONTRACT))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        SignedIn.as("admin", Role.ADMIN);
        assertThat(rates.forCase(caseId).debts()).hasSize(2);
        assertThat(audited("RATES_FLOWS_SAVED")).isZero();
    }

    // --- helpers ---

    private void assertRefused(RepaymentStructure structure, String messageKey) {
        assertThatThrownBy(() -> rates.saveStructure(caseId, privateDebt, null, structure))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private List<String> codesAndRates(LenderType type, LocalDate date) {
        return rates.linesFor(type, date).stream().map(l -> l.code() + " "
                + (l.ratePercent() == null ? "-" : l.ratePercent().stripTrailingZeros().toPlainString())).toList();
    }

    private long audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where case_id = ? and action = ?", Long.class,
                caseId, action);
    }

    private static long idOf(CaseDetails details, String lender) {
        return details.debtsByPriority().stream().filter(d -> d.details().lenderName().equals(lender))
                .mapToLong(DebtLine::id).findFirst().orElseThrow();
    }

    private static DebtDetails debt(String lender, LenderType type, String principal, String received) {
        Money p = Money.of(principal);
        Money r = Money.of(received);
        return new DebtDetails(lender, type, null, CONTRACT, p, r, p.minus(r), new BigDecimal("12"),
                RateBasis.ANNUAL, 12, Money.ZERO, Money.yuan(6000), Money.ZERO, Money.ZERO, null, null, false);
    }
}
