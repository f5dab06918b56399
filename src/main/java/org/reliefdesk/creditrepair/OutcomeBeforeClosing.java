package org.reliefdesk.creditrepair;

import java.util.List;
import org.reliefdesk.casefile.Blocker;
import org.reliefdesk.casefile.CaseFacts;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.casefile.StagePrecondition;
import org.springframework.stereotype.Component;

/**
 * CREDIT_REPAIR → CLOSED needs the case's outcome summary recorded. It reads the table
 * directly: it runs inside the case module's own checked move (and its page's move options).
 */
@Component
class OutcomeBeforeClosing implements StagePrecondition {

    private final OutcomeRepository outcomes;

    OutcomeBeforeClosing(OutcomeRepository outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public List<Blocker> check(CaseFacts facts, Stage to) {
        if (facts.stage() == Stage.CREDIT_REPAIR && to == Stage.CLOSED && !outcomes.existsById(facts.caseId())) {
            return List.of(Blocker.of("creditrepair.blocked.outcome"));
        }
        return List.of();
    }
}
