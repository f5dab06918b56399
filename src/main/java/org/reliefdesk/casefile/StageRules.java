package org.reliefdesk.casefile;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * THE table of stage moves: which moves exist and whether each needs a reason.
 * Preconditions that depend on a case's data are {@link StagePrecondition}s,
 * which any module may add; this table only says what is possible at all.
 */
public final class StageRules {

    /** Why a move needs a written reason, or that it does not. */
    public enum Kind {
        /** The next step on the normal path. */
        FORWARD(false),
        /** Back to an earlier stage, e.g. an agreement breached returns to negotiation. */
        BACKWARD(true),
        /** The case ends with a result: settled, or nothing more can be done. */
        CLOSE(true),
        /** The client withdraws or stops responding. */
        WITHDRAW(true),
        /** A finished case is opened again. */
        REOPEN(true);

        private final boolean needsReason;

        Kind(boolean needsReason) {
            this.needsReason = needsReason;
        }

        public boolean needsReason() {
            return needsReason;
        }
    }

    private static final Map<Stage, Map<Stage, Kind>> MOVES = new EnumMap<>(Stage.class);

    static {
        from(Stage.INTAKE)
                .put(Stage.NEGOTIATION, Kind.FORWARD)
                .put(Stage.WITHDRAWN, Kind.WITHDRAW);
        from(Stage.NEGOTIATION)
                .put(Stage.AGREEMENT, Kind.FORWARD)
                .put(Stage.INTAKE, Kind.BACKWARD)
                .put(Stage.CLOSED, Kind.CLOSE)
                .put(Stage.WITHDRAWN, Kind.WITHDRAW);
        from(Stage.AGREEMENT)
                .put(Stage.REPAYMENT, Kind.FORWARD)
                .put(Stage.NEGOTIATION, Kind.BACKWARD)
                .put(Stage.CLOSED, Kind.CLOSE)
                .put(Stage.WITHDRAWN, Kind.WITHDRAW);
        from(Stage.REPAYMENT)
                .put(Stage.CREDIT_REPAIR, Kind.FORWARD)
                .put(Stage.AGREEMENT, Kind.BACKWARD)
                .put(Stage.NEGOTIATION, Kind.BACKWARD)
                .put(Stage.CLOSED, Kind.CLOSE)
                .put(Stage.WITHDRAWN, Kind.WITHDRAW);
        from(Stage.CREDIT_REPAIR)
                .put(Stage.CLOSED, Kind.CLOSE)
                .put(Stage.REPAYMENT, Kind.BACKWARD)
                .put(Stage.WITHDRAWN, Kind.WITHDRAW);
        from(Stage.CLOSED)
                .put(Stage.NEGOTIATION, Kind.REOPEN)
                .put(Stage.CREDIT_REPAIR, Kind.REOPEN);
        from(Stage.WITHDRAWN)
                .put(Stage.INTAKE, Kind.REOPEN)
                .put(Stage.NEGOTIATION, Kind.REOPEN);
    }

    private StageRules() {
    }

    /** The kind of the move, or empty when the table has no such move. */
    public static Optional<Kind> move(Stage from, Stage to) {
        return Optional.ofNullable(MOVES.getOrDefault(from, Map.of()).get(to));
    }

    public static Set<Stage> targetsFrom(Stage from) {
        return Collections.unmodifiableSet(MOVES.getOrDefault(from, Map.of()).keySet());
    }

    private static Row from(Stage stage) {
        return new Row(MOVES.computeIfAbsent(stage, s -> new EnumMap<>(Stage.class)));
    }

    private record Row(Map<Stage, Kind> targets) {
        Row put(Stage to, Kind kind) {
            targets.put(to, kind);
            return this;
        }
    }
}
