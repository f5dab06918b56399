package org.reliefdesk.audit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.reliefdesk.security.Role;

/**
 * Every reference-data screen on one page, a line each. Links by route, so this page depends on no
 * feature module (the screens live in their modules' ui packages).
 */
@Route("admin/reference-data")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "admin.reference.nav", order = 93, icon = "vaadin:book")
public class ReferenceDataView extends VerticalLayout implements HasDynamicTitle {

    /** Route and text key (admin.reference.&lt;key&gt;.title / .line) of each screen. */
    static final List<String[]> SCREENS = List.of(
            new String[] {"admin/lpr", "lpr"},
            new String[] {"admin/legal-lines", "lines"},
            new String[] {"admin/collection-rules", "collection"},
            new String[] {"admin/complaint-channels", "complaint"},
            new String[] {"admin/court-deadlines", "court"},
            new String[] {"admin/credit-rules", "credit"},
            new String[] {"admin/privacy-requests", "privacy"});

    public ReferenceDataView() {
        add(new H2(getTranslation("admin.reference.title")), new Paragraph(getTranslation("admin.reference.intro")));
        for (String[] screen : SCREENS) {
            Anchor link = new Anchor(screen[0], getTranslation("admin.reference." + screen[1] + ".title"));
            link.getElement().setAttribute("router-link", true);
            link.setId("reference-" + screen[1]);
            Span line = new Span(getTranslation("admin.reference." + screen[1] + ".line"));
            line.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Div row = new Div(link, new Span(" — "), line);
            add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.reference.title") + " | " + getTranslation("app.name");
    }
}
