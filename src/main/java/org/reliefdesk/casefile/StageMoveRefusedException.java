package org.reliefdesk.casefile;

import java.util.List;
import org.reliefdesk.shared.UserFacingException;

/** A stage move that may not happen now; {@link #blockers()} says every reason. */
public class StageMoveRefusedException extends UserFacingException {

    private final transient List<Blocker> blockers;

    public StageMoveRefusedException(List<Blocker> blockers) {
        super(blockers.getFirst().messageKey(), blockers.getFirst().arguments().toArray());
        this.blockers = List.copyOf(blockers);
    }

    public List<Blocker> blockers() {
        return blockers;
    }
}
