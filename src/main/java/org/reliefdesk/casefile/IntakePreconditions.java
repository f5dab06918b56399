package org.reliefdesk.casefile;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Leaving intake needs both consents (PIPL 第28-29条), at least one debt and a budget. */
@Component
class IntakePreconditions implements StagePrecondition {

    @Override
    public List<Blocker> check(CaseFacts facts, Stage to) {
        if (facts.stage() != Stage.INTAKE || to == Stage.WITHDRAWN) {
            return List.of();
        }
        List<Blocker> blockers = new ArrayList<>();
        if (!facts.personalDataConsent()) {
            blockers.add(Blocker.of("stage.blocked.personalConsent"));
        }
        if (!facts.sensitiveDataConsent()) {
            blockers.add(Blocker.of("stage.blocked.sensitiveConsent"));
        }
        if (facts.debtCount() == 0) {
            blockers.add(Blocker.of("stage.blocked.noDebt"));
        }
        if (!facts.budgetRecorded()) {
            blockers.add(Blocker.of("stage.blocked.noBudget"));
        }
        return blockers;
    }
}
