package org.reliefdesk.casefile.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.security.Role;
import org.springframework.stereotype.Component;

/** A client's home is their case: the start page sends them straight there. */
@Component
class ClientLanding implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    ClientLanding(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::redirect));
    }

    private void redirect(BeforeEnterEvent event) {
        if (event.getLocation().getPath().isEmpty() && currentUser.hasRole(Role.CLIENT)) {
            event.forwardTo(MyCaseView.class);
        }
    }
}
