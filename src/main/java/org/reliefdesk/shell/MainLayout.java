package org.reliefdesk.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.reliefdesk.platform.LanguageSelect;
import org.reliefdesk.security.AccountService;

/**
 * The frame around every signed-in page. The navigation is built from the
 * routes' {@code @Menu} annotations, filtered by what the user may open, so
 * this class knows no feature.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;
    private final transient AccountService accounts;

    public MainLayout(AuthenticationContext authentication, AccountService accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header());
        addToDrawer(brand(), navigation());
    }

    private HorizontalLayout header() {
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("rd-navbar-title");

        Span user = new Span(authentication.isAuthenticated() ? accounts.me().displayName() : "");
        user.addClassName("rd-navbar-user");
        user.setId("current-user");

        LanguageSelect language = new LanguageSelect(this::switchLanguage);

        // On a phone only the icon shows; the label stays for screen readers and tooltips.
        Span logoutLabel = new Span(getTranslation("nav.logout"));
        logoutLabel.addClassName("rd-logout-label");
        Button logout = new Button(new Icon(VaadinIcon.SIGN_OUT), click -> authentication.logout());
        logout.getElement().appendChild(logoutLabel.getElement());
        logout.setAriaLabel(getTranslation("nav.logout"));
        logout.setTooltipText(getTranslation("nav.logout"));
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        HorizontalLayout header = new HorizontalLayout(title, user, language, logout);
        header.addClassName("rd-navbar");
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setFlexGrow(1, title);
        header.setWidthFull();
        return header;
    }

    private Div brand() {
        Div brand = new Div(new Span(getTranslation("app.name")));
        brand.addClassName("rd-brand");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private void switchLanguage(Locale locale) {
        accounts.preferLocale(locale);
        UI.getCurrent().getSession().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
