package org.reliefdesk.deadlines.ui;

import org.reliefdesk.deadlines.DeadlineService;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.security.Role;
import org.reliefdesk.shell.HomeSection;

/** The deadlines on staff home pages: a counsellor's three lists, the administrator's overdue list. */
@org.springframework.stereotype.Component
class DeadlineHomeSection implements HomeSection {

    private final DeadlineService deadlines;
    private final CurrentUser currentUser;

    DeadlineHomeSection(DeadlineService deadlines, CurrentUser currentUser) {
        this.deadlines = deadlines;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        if (currentUser.hasRole(Role.ADMIN)) {
            return new DeadlinesHome(deadlines, true);
        }
        return currentUser.hasRole(Role.COUNSELLOR) ? new DeadlinesHome(deadlines, false) : null;
    }
}
