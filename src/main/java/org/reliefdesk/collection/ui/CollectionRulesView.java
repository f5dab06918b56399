package org.reliefdesk.collection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.reliefdesk.collection.ConductRule;
import org.reliefdesk.collection.ConductRuleService;
import org.reliefdesk.security.Role;

/**
 * Administrators keep the conduct rules of collection: each code's version in force today (or its
 * latest, when retired or not yet in force) and its history; a change is a new version from a date.
 */
@Route("admin/collection-rules")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "collection.rules.nav", order = 92, icon = "vaadin:scale")
public class CollectionRulesView extends VerticalLayout implements HasDynamicTitle {

    private final transient ConductRuleService rules;
    private final transient Clock clock;
    private final Grid<ConductRule> latest = new Grid<>();
    private final Grid<ConductRule> history = new Grid<>();
    private final H3 historyTitle = new H3();

    public CollectionRulesView(ConductRuleService rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
        setSizeFull();
        Button newRule = new Button(getTranslation("collection.rules.newRule"), VaadinIcon.PLUS.create(),
                click -> new RuleVersionDialog(rules, null, today(), this::reload).open());
        newRule.setId("rule-new");
        Button newVersion = new Button(getTranslation("collection.rules.newVersion"), VaadinIcon.CALENDAR.create(),
                click -> latest.asSingleSelect().getOptionalValue().ifPresent(
                        rule -> new RuleVersionDialog(rules, rule, today(), this::reload).open()));
        newVersion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newVersion.setId("rule-new-version");
        newVersion.setEnabled(false);

        columns(latest, true);
        latest.setId("rules-latest");
        latest.addSelectionListener(selection -> {
            newVersion.setEnabled(selection.getFirstSelectedItem().isPresent());
            showHistory(selection.getFirstSelectedItem().orElse(null));
        });
        columns(history, false);
        history.setId("rules-history");
        history.setHeight("16rem");
        add(new H2(getTranslation("collection.rules.title")), new Paragraph(getTranslation("collection.rules.intro")),
                new HorizontalLayout(newVersion, newRule), latest, historyTitle, history);
        setFlexGrow(1, latest);
        reload();
    }

    private void columns(Grid<ConductRule> grid, boolean withState) {
        grid.addColumn(ConductRule::code).setHeader(getTranslation("collection.rules.code")).setAutoWidth(true);
        grid.addColumn(r -> r.title(FlagBadges.locale(this))).setHeader(getTranslation("collection.rules.titleCol"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.effectiveFrom().toString()).setHeader(getTranslation("collection.rules.from"))
                .setAutoWidth(true);
        if (withState) {
            grid.addColumn(this::state).setHeader(getTranslation("collection.rules.state")).setAutoWidth(true);
        }
        grid.addColumn(this::checks).setHeader(getTranslation("collection.rules.checks")).setAutoWidth(true);
        grid.addColumn(r -> r.summary(FlagBadges.locale(this))).setHeader(getTranslation("collection.rules.summary"))
                .setFlexGrow(1);
        grid.addColumn(ConductRule::source).setHeader(getTranslation("collection.rules.source")).setFlexGrow(1);
        grid.addColumn(r -> r.createdBy() + " · " + FlagBadges.WHEN.format(r.createdAt()))
                .setHeader(getTranslation("collection.rules.by")).setAutoWidth(true);
    }

    private String state(ConductRule r) {
        String state = getTranslation(r.retired() ? "collection.rules.state.retired"
                : r.effectiveFrom().isAfter(today()) ? "collection.rules.state.future"
                : "collection.rules.state.inForce");
        // A version from a later date is announced next to the one in force.
        return rules.history(r.code()).stream().filter(v -> v.effectiveFrom().isAfter(today())
                        && v.effectiveFrom().isAfter(r.effectiveFrom())).reduce((a, b) -> b)
                .map(next -> state + " · " + getTranslation("collection.rules.state.next", next.effectiveFrom()
                        .toString())).orElse(state);
    }

    private String checks(ConductRule r) {
        if (r.retired()) {
            return "—";
        }
        return switch (r.kind()) {
            case NIGHT -> getTranslation("collection.kind.NIGHT.detail", r.windowStart(), r.windowEnd());
            case UNANSWERED_ATTEMPTS, AUTOMATED_CONNECTED -> getTranslation("collection.kind." + r.kind() + ".detail",
                    r.maxPerDay());
            case THIRD_PARTY -> r.reached().stream().sorted().map(x -> getTranslation("collection.reached." + x))
                    .collect(Collectors.joining(getTranslation("collection.listSeparator")));
            case CATEGORY -> r.categories().stream().sorted().map(x -> getTranslation("collection.category." + x))
                    .collect(Collectors.joining(getTranslation("collection.listSeparator")));
        };
    }

    private void showHistory(ConductRule rule) {
        historyTitle.setText(rule == null ? "" : getTranslation("collection.rules.history", rule.code()));
        history.setItems(rule == null ? List.of() : rules.history(rule.code()));
    }

    private void reload() {
        ConductRule selected = latest.asSingleSelect().getValue();
        latest.setItems(rules.overview(today()));
        showHistory(selected);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(FlagBadges.BEIJING));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("collection.rules.title") + " | " + getTranslation("app.name");
    }
}
