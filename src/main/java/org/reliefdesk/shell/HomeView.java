package org.reliefdesk.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.reliefdesk.security.AccountService;
import org.reliefdesk.security.AccountSummary;

/** The first page after login: who you are and what the portal lets you do. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(AccountService accounts) {
        AccountSummary me = accounts.me();
        H2 greeting = new H2(getTranslation("home.greeting", me.displayName()));
        greeting.setId("home-greeting");
        Paragraph role = new Paragraph(getTranslation("home.role." + me.role().name()));
        role.setId("home-role");
        add(greeting, role);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.name");
    }
}
