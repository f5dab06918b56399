package org.reliefdesk.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.reliefdesk.security.AccountService;
import org.reliefdesk.security.AccountSummary;

/** The first page after login: who you are, then the features' home sections (e.g. deadlines). */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(AccountService accounts, List<HomeSection> sections) {
        AccountSummary me = accounts.me();
        H2 greeting = new H2(getTranslation("home.greeting", me.displayName()));
        greeting.setId("home-greeting");
        Paragraph role = new Paragraph(getTranslation("home.role." + me.role().name()));
        role.setId("home-role");
        add(greeting, role);
        sections.stream().sorted(Comparator.comparingInt(HomeSection::order)).map(HomeSection::create)
                .filter(c -> c != null).forEach(this::add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.name");
    }
}
