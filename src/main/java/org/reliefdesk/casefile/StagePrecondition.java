package org.reliefdesk.casefile;

import java.util.List;

/**
 * A rule a move must satisfy beyond the {@link StageRules} table. Any module
 * contributes one by declaring a Spring bean, e.g. "AGREEMENT needs a drafted agreement".
 */
public interface StagePrecondition {

    /** Everything that blocks this move now; empty when this rule has no objection. */
    List<Blocker> check(CaseFacts facts, Stage to);
}
