package org.reliefdesk.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.reliefdesk.security.AccountService;
import org.reliefdesk.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Chooses each new UI's language: the signed-in user's saved choice; otherwise
 * what Vaadin picked from the browser among the supported languages, Chinese
 * when the browser asks for neither.
 */
@Component
class LocaleSetup implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    LocaleSetup(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> {
            if (currentUser.username().isPresent()) {
                accounts.preferredLocale().ifPresent(locale -> {
                    uiInit.getUI().getSession().setLocale(locale);
                    uiInit.getUI().setLocale(locale);
                });
            }
            uiInit.getUI().getSession().setErrorHandler(new UiErrorHandler());
        });
    }
}
