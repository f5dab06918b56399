package org.reliefdesk.court.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.reliefdesk.court.CourtDeadlineRule;
import org.reliefdesk.court.CourtDeadlineRuleService;
import org.reliefdesk.court.CourtDeadlines;
import org.reliefdesk.security.Role;

/**
 * Administrators keep the court response deadlines: every version of each type, which is in force
 * today, and a new version from a date (never an edit of a row; decision 018).
 */
@Route("admin/court-deadlines")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "court.rules.nav", order = 93, icon = "vaadin:gavel")
public class CourtDeadlinesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final transient CourtDeadlineRuleService rules;
    private final transient Clock clock;
    private final Grid<CourtDeadlineRule> grid = new Grid<>();
    private List<CourtDeadlineRule> all = List.of();

    public CourtDeadlinesView(CourtDeadlineRuleService rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
        setSizeFull();
        Button newVersion = new Button(getTranslation("court.rules.newVersion"), VaadinIcon.CALENDAR.create(),
                click -> grid.asSingleSelect().getOptionalValue().ifPresent(
                        rule -> new DeadlineRuleDialog(rules, rule, today(), this::reload).open()));
        newVersion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newVersion.setId("court-rule-new-version");
        newVersion.setEnabled(false);

        grid.setId("court-rules-grid");
        grid.addColumn(r -> getTranslation("court.type." + r.type())).setHeader(getTranslation("court.type"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.effectiveFrom().toString()).setHeader(getTranslation("court.rules.from"))
                .setAutoWidth(true);
        grid.addColumn(this::state).setHeader(getTranslation("court.rules.state")).setAutoWidth(true);
        grid.addColumn(r -> r.hasDeadline() ? getTranslation("court.rules.days.value", r.responseDays())
                : getTranslation("court.rules.days.none")).setHeader(getTranslation("court.rules.days"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.response(getLocale())).setHeader(getTranslation("court.rules.response"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.text(getLocale())).setHeader(getTranslation("court.rules.text")).setFlexGrow(2);
        grid.addColumn(CourtDeadlineRule::source).setHeader(getTranslation("court.rules.source")).setFlexGrow(1);
        grid.addColumn(r -> r.createdBy() + " · " + WHEN.format(r.createdAt()))
                .setHeader(getTranslation("court.rules.by")).setAutoWidth(true);
        // Only the latest version of a type can be followed by a new one.
        grid.addSelectionListener(selection -> newVersion.setEnabled(selection.getFirstSelectedItem()
                .map(r -> all.stream().filter(o -> o.type() == r.type()).findFirst().orElse(r).id() == r.id())
                .orElse(false)));
        add(new H2(getTranslation("court.rules.title")), new Paragraph(getTranslation("court.rules.intro")),
                newVersion, grid);
        setFlexGrow(1, grid);
        reload();
    }

    private String state(CourtDeadlineRule r) {
        LocalDate today = today();
        if (r.effectiveFrom().isAfter(today)) {
            return getTranslation("court.rules.state.future");
        }
        boolean superseded = all.stream().anyMatch(o -> o.type() == r.type() && o.effectiveFrom()
                .isAfter(r.effectiveFrom()) && !o.effectiveFrom().isAfter(today));
        return getTranslation(superseded ? "court.rules.state.superseded" : "court.rules.state.inForce");
    }

    private void reload() {
        all = rules.rules();
        grid.setItems(all);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CourtDeadlines.BEIJING));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("court.rules.title") + " | " + getTranslation("app.name");
    }
}
