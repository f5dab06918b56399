package org.reliefdesk.casefile;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The stage table plus every module's preconditions: what a case may do next, and why not. */
@Component
public class StageWorkflow {

    private final List<StagePrecondition> preconditions;

    public StageWorkflow(List<StagePrecondition> preconditions) {
        this.preconditions = List.copyOf(preconditions);
    }

    public List<MoveOption> options(CaseFacts facts) {
        List<MoveOption> options = new ArrayList<>();
        for (Stage to : Stage.values()) {
            StageRules.move(facts.stage(), to)
                    .ifPresent(kind -> options.add(new MoveOption(to, kind, blockers(facts, to))));
        }
        return options;
    }

    /** The move, checked; throws with the reasons in the user's words when it is not possible. */
    MoveOption require(CaseFacts facts, Stage to, String reason) {
        StageRules.Kind kind = StageRules.move(facts.stage(), to)
                .orElseThrow(() -> new StageMoveRefusedException(List.of(
                        Blocker.of("stage.blocked.noSuchMove", facts.stage().name(), to.name()))));
        List<Blocker> blockers = new ArrayList<>(blockers(facts, to));
        if (kind.needsReason() && (reason == null || reason.isBlank())) {
            blockers.add(Blocker.of("stage.blocked.reasonRequired"));
        }
        if (!blockers.isEmpty()) {
            throw new StageMoveRefusedException(blockers);
        }
        return new MoveOption(to, kind, List.of());
    }

    private List<Blocker> blockers(CaseFacts facts, Stage to) {
        List<Blocker> blockers = new ArrayList<>();
        for (StagePrecondition precondition : preconditions) {
            blockers.addAll(precondition.check(facts, to));
        }
        return blockers;
    }
}
