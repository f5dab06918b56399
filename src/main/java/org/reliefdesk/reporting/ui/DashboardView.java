package org.reliefdesk.reporting.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.reliefdesk.reporting.Dashboard;
import org.reliefdesk.reporting.DashboardService;
import org.reliefdesk.reporting.ReportPeriod;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.UserFacingException;

/**
 * The dashboard (decision 022): the caseload's figures over a period as charts with the
 * same numbers in a table beside each, and each table as CSV. Totals only, no person's data.
 */
@Route("reports/dashboard")
@RolesAllowed({Role.COUNSELLOR_NAME, Role.ADMIN_NAME})
@Menu(title = "nav.dashboard", order = 35, icon = "vaadin:dashboard")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final transient DashboardService dashboards;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<String> counsellor = new Select<>();
    private final Div sections = new Div();
    private final Locale locale;

    public DashboardView(DashboardService dashboards, CurrentUser currentUser) {
        this.dashboards = dashboards;
        this.locale = getLocale();
        ReportPeriod period = dashboards.defaultPeriod();
        from.setLabel(getTranslation("reporting.from"));
        from.setId("dashboard-from");
        from.setValue(period.from());
        to.setLabel(getTranslation("reporting.to"));
        to.setId("dashboard-to");
        to.setValue(period.to());
        HorizontalLayout filters = new HorizontalLayout(from, to);
        if (currentUser.hasRole(Role.ADMIN)) {
            counsellor.setLabel(getTranslation("reporting.dashboard.counsellor"));
            counsellor.setId("dashboard-counsellor");
            counsellor.setItems(dashboards.counsellors());
            counsellor.setEmptySelectionAllowed(true);
            counsellor.setEmptySelectionCaption(getTranslation("reporting.dashboard.allCounsellors"));
            counsellor.setItemLabelGenerator(c -> c == null ? getTranslation("reporting.dashboard.allCounsellors")
                    : c);
            counsellor.addValueChangeListener(e -> refresh());
            filters.add(counsellor);
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        sections.setWidthFull();
        sections.setId("dashboard-sections");
        add(new H2(getTranslation("reporting.dashboard.title")),
                new Paragraph(getTranslation("reporting.dashboard.intro")), filters, sections);
        refresh();
    }

    private void refresh() {
        from.setInvalid(false);
        sections.removeAll();
        Dashboard d;
        try {
            d = dashboards.dashboard(from.getValue(), to.getValue(), counsellor.getValue());
        } catch (UserFacingException e) {
            from.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            from.setInvalid(true);
            return;
        }
        new DashboardSections(this, dashboards, d, locale).addTo(sections);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.dashboard.title") + " | " + getTranslation("app.name");
    }
}
