package org.reliefdesk.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.reliefdesk.security.AccountService;
import org.reliefdesk.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Someone holding a one-time password may open nothing but the password page
 * until they have chosen their own.
 */
@Component
class PasswordChangeEnforcer implements VaadinServiceInitListener {

    /** Once a session's user is known to have a chosen password, skip the lookup. */
    private static final String CHOSEN = PasswordChangeEnforcer.class.getName() + ".chosen";

    private final AccountService accounts;
    private final CurrentUser currentUser;

    PasswordChangeEnforcer(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class
                || currentUser.username().isEmpty()) {
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (Boolean.TRUE.equals(session.getAttribute(CHOSEN))) {
            return;
        }
        if (accounts.me().mustChangePassword()) {
            // Forward, not reroute, so the address bar shows where the user really is.
            event.forwardTo(ChangePasswordView.class);
        } else {
            session.setAttribute(CHOSEN, Boolean.TRUE);
        }
    }
}
