package org.reliefdesk.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every (from, to) pair of stages, against the table a counsellor would expect. */
class StageRulesTest {

    private static final Map<Stage, Set<Stage>> EXPECTED = Map.of(
            Stage.INTAKE, EnumSet.of(Stage.NEGOTIATION, Stage.WITHDRAWN),
            Stage.NEGOTIATION, EnumSet.of(Stage.AGREEMENT, Stage.INTAKE, Stage.CLOSED, Stage.WITHDRAWN),
            Stage.AGREEMENT, EnumSet.of(Stage.REPAYMENT, Stage.NEGOTIATION, Stage.CLOSED, Stage.WITHDRAWN),
            Stage.REPAYMENT, EnumSet.of(Stage.CREDIT_REPAIR, Stage.AGREEMENT, Stage.NEGOTIATION, Stage.CLOSED,
                    Stage.WITHDRAWN),
            Stage.CREDIT_REPAIR, EnumSet.of(Stage.CLOSED, Stage.REPAYMENT, Stage.WITHDRAWN),
            Stage.CLOSED, EnumSet.of(Stage.NEGOTIATION, Stage.CREDIT_REPAIR),
            Stage.WITHDRAWN, EnumSet.of(Stage.INTAKE, Stage.NEGOTIATION));

    private final StageWorkflow workflow = new StageWorkflow(List.of(new IntakePreconditions()));

    @ParameterizedTest
    @EnumSource(Stage.class)
    void the_table_allows_exactly_the_expected_moves_from(Stage from) {
        for (Stage to : Stage.values()) {
            assertThat(StageRules.move(from, to).isPresent())
                    .as("%s -> %s", from, to).isEqualTo(EXPECTED.get(from).contains(to));
        }
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void only_forward_moves_go_without_a_reason(Stage from) {
        for (Stage to : StageRules.targetsFrom(from)) {
            boolean forward = to.step() == from.step() + 1 && !to.isFinished();
            assertThat(StageRules.move(from, to).orElseThrow().needsReason())
                    .as("%s -> %s needs a reason", from, to).isEqualTo(!forward);
        }
    }

    @Test
    void no_stage_moves_to_itself() {
        for (Stage stage : Stage.values()) {
            assertThat(StageRules.move(stage, stage)).as(stage.name()).isEmpty();
        }
    }

    @Test
    void leaving_intake_lists_every_missing_precondition() {
        CaseFacts bare = new CaseFacts(1, Stage.INTAKE, false, false, 0, false, Set.of());
        MoveOption toNegotiation = option(bare, Stage.NEGOTIATION);
        assertThat(toNegotiation.possible()).isFalse();
        assertThat(toNegotiation.blockers()).extracting(Blocker::messageKey).containsExactly(
                "stage.blocked.personalConsent", "stage.blocked.sensitiveConsent", "stage.blocked.noDebt",
                "stage.blocked.noBudget");
    }

    @Test
    void one_consent_is_not_enough_to_leave_intake() {
        CaseFacts onlyPersonal = new CaseFacts(1, Stage.INTAKE, true, false, 2, true, Set.of());
        assertThat(option(onlyPersonal, Stage.NEGOTIATION).blockers()).extracting(Blocker::messageKey)
                .containsExactly("stage.blocked.sensitiveConsent");
    }

    @Test
    void a_complete_intake_may_move_to_negotiation_without_a_reason() {
        CaseFacts complete = new CaseFacts(1, Stage.INTAKE, true, true, 1, true, Set.of());
        assertThat(option(complete, Stage.NEGOTIATION).possible()).isTrue();
        assertThat(workflow.require(complete, Stage.NEGOTIATION, null).to()).isEqualTo(Stage.NEGOTIATION);
    }

    @Test
    void withdrawing_from_intake_needs_no_consent_but_a_reason() {
        CaseFacts bare = new CaseFacts(1, Stage.INTAKE, false, false, 0, false, Set.of());
        assertThat(option(bare, Stage.WITHDRAWN).possible()).isTrue();
        assertThatThrownBy(() -> workflow.require(bare, Stage.WITHDRAWN, "  "))
                .isInstanceOfSatisfying(StageMoveRefusedException.class, e -> assertThat(e.blockers())
                        .extracting(Blocker::messageKey).containsExactly("stage.blocked.reasonRequired"));
        assertThat(workflow.require(bare, Stage.WITHDRAWN, "客户决定自行处理").to()).isEqualTo(Stage.WITHDRAWN);
    }

    @Test
    void a_move_missing_from_the_table_is_refused_by_name() {
        CaseFacts intake = new CaseFacts(1, Stage.INTAKE, true, true, 1, true, Set.of());
        assertThatThrownBy(() -> workflow.require(intake, Stage.REPAYMENT, "skip ahead"))
                .isInstanceOfSatisfying(StageMoveRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("stage.blocked.noSuchMove"));
    }

    @Test
    void a_precondition_from_another_module_blocks_its_move() {
        StagePrecondition needsAgreement = (facts, to) -> to == Stage.AGREEMENT
                ? List.of(Blocker.of("agreement.blocked.noDraft")) : List.of();
        StageWorkflow extended = new StageWorkflow(List.of(new IntakePreconditions(), needsAgreement));
        CaseFacts negotiating = new CaseFacts(1, Stage.NEGOTIATION, true, true, 1, true, Set.of());

        List<MoveOption> options = extended.options(negotiating);
        assertThat(options).filteredOn(o -> o.to() == Stage.AGREEMENT).singleElement()
                .satisfies(o -> assertThat(o.blockers()).extracting(Blocker::messageKey)
                        .containsExactly("agreement.blocked.noDraft"));
        assertThat(options).filteredOn(o -> o.to() == Stage.CLOSED).singleElement()
                .satisfies(o -> assertThat(o.possible()).isTrue());
    }

    private MoveOption option(CaseFacts facts, Stage to) {
        return workflow.options(facts).stream().filter(o -> o.to() == to).findFirst().orElseThrow();
    }
}
