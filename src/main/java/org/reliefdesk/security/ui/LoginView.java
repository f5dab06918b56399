package org.reliefdesk.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import org.reliefdesk.platform.DemoMode;
import org.reliefdesk.platform.LanguageSelect;

/**
 * The login page. The form posts to Spring Security; failures come back as
 * {@code ?error} (wrong name or password, never which) or {@code ?throttled}.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final transient AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication, DemoMode demoMode) {
        this.authentication = authentication;
        addClassName("rd-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(false));

        LanguageSelect language = new LanguageSelect(locale -> {
            UI.getCurrent().getSession().setLocale(locale);
            UI.getCurrent().getPage().reload();
        });
        add(language, new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")), login);
        if (demoMode.isEnabled()) {
            add(demoHint());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("throttled")) {
            login.setI18n(i18n(true));
            login.setError(true);
        } else if (parameters.containsKey("error")) {
            login.setError(true);
        } else if (parameters.containsKey("logout")) {
            Notification.show(getTranslation("login.loggedOut"), 3000, Notification.Position.TOP_CENTER);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }

    private LoginI18n i18n(boolean throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(throttled ? "login.throttled.title" : "login.error.title"));
        error.setMessage(getTranslation(throttled ? "login.throttled" : "login.error"));
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    private Div demoHint() {
        Div hint = new Div();
        hint.setId("demo-hint");
        hint.addClassName("rd-demo-hint");
        hint.add(new Paragraph(getTranslation("login.demo.title")),
                new Paragraph(getTranslation("login.demo.accounts")),
                new Paragraph(getTranslation("login.demo.password", DemoMode.DEMO_PASSWORD)));
        return hint;
    }
}
