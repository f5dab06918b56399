package org.reliefdesk.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.reliefdesk.casefile.CaseAlert;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.CaseSummary;
import org.reliefdesk.casefile.CaseloadBadgeSource;
import org.reliefdesk.casefile.CaseloadExport;
import org.reliefdesk.casefile.CaseloadFilter;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.platform.CsvExport;
import org.reliefdesk.security.AccountService;
import org.reliefdesk.security.AccountSummary;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.UserFacingException;
import org.springframework.beans.factory.ObjectProvider;

/** A counsellor's caseload, or all cases for an administrator: lazy, filtered, searchable. */
@Route("cases")
@RolesAllowed({Role.COUNSELLOR_NAME, Role.ADMIN_NAME})
@Menu(title = "nav.cases", order = 10, icon = "vaadin:folder-open")
public class CaseloadView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final transient CaseService cases;
    private final transient List<CaseloadBadgeSource> badgeSources;
    // The feature modules' badges of the rows loaded so far, refreshed with each page.
    private final Map<Long, List<CaseAlert>> featureBadges = new HashMap<>();
    private final Grid<CaseSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<Stage> stage = new Select<>();
    private final Checkbox urgentOnly = new Checkbox();
    private final IntegerField minDaysOverdue = new IntegerField();
    private final Select<String> counsellor = new Select<>();

    public CaseloadView(CaseService cases, AccountService accounts, CurrentUser currentUser,
                        ObjectProvider<CaseloadBadgeSource> badgeSources, CaseloadExport export) {
        this.cases = cases;
        this.badgeSources = badgeSources.orderedStream().toList();
        setSizeFull();

        search.setPlaceholder(getTranslation("caseload.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("caseload-search");
        stage.setLabel(getTranslation("caseload.stage"));
        stage.setId("caseload-stage");
        stage.setItems(Stage.values());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("caseload.any"));
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("caseload.any") : getTranslation("stage." + s));
        urgentOnly.setLabel(getTranslation("caseload.urgentOnly"));
        minDaysOverdue.setLabel(getTranslation("caseload.minDaysOverdue"));
        minDaysOverdue.setMin(0);
        minDaysOverdue.setWidth("9em");

        HorizontalLayout filters = new HorizontalLayout(search, stage, urgentOnly, minDaysOverdue);
        if (currentUser.hasRole(Role.ADMIN)) {
            counsellor.setLabel(getTranslation("caseload.counsellor"));
            counsellor.setEmptySelectionAllowed(true);
            counsellor.setEmptySelectionCaption(getTranslation("caseload.any"));
            counsellor.setItems(accounts.activeCounsellors().stream().map(AccountSummary::username).toList());
            filters.add(counsellor);
            counsellor.addValueChangeListener(e -> refresh());
        }
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        search.addValueChangeListener(e -> refresh());
        stage.addValueChangeListener(e -> refresh());
        urgentOnly.addValueChangeListener(e -> refresh());
        minDaysOverdue.addValueChangeListener(e -> refresh());

        Button open = new Button(getTranslation("intake.open"), VaadinIcon.PLUS.create(),
                click -> new IntakeDialog(cases, opened -> getUI().ifPresent(ui -> ui.navigate(CaseView.class,
                        new RouteParameters(CaseView.CASE_ID, String.valueOf(opened))))).open());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("open-case");

        configureGrid();
        var locale = getLocale();
        var csv = CsvExport.link("caseload-export", getTranslation("reporting.csv"), "caseload.csv",
                () -> export.caseload(filter(), locale));
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("caseload.title")), open, csv);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(header, filters, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("caseload-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CaseSummary::clientName).setHeader(getTranslation("caseload.client"))
                .setSortProperty("clientName").setAutoWidth(true);
        grid.addColumn(c -> getTranslation("stage." + c.stage())).setHeader(getTranslation("caseload.stage"))
                .setSortProperty("stage").setAutoWidth(true);
        grid.addComponentColumn(this::urgency).setHeader(getTranslation("caseload.urgency"))
                .setSortProperty("priority").setAutoWidth(true);
        grid.addColumn(c -> c.daysOverdue() == null ? "—" : String.valueOf(c.daysOverdue()))
                .setHeader(getTranslation("caseload.daysOverdue")).setAutoWidth(true);
        grid.addColumn(c -> c.counsellorUsername() == null ? getTranslation("caseload.unassigned")
                : c.counsellorUsername()).setHeader(getTranslation("caseload.counsellor")).setAutoWidth(true);
        grid.addColumn(c -> WHEN.format(c.lastActivityAt())).setHeader(getTranslation("caseload.lastActivity"))
                .setSortProperty("lastActivityAt").setAutoWidth(true);
        grid.setItemsPageable(pageable -> {
            try {
                List<CaseSummary> page = cases.caseload(filter(), pageable).getContent();
                loadBadges(page);
                return page;
            } catch (UserFacingException e) {
                search.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                search.setInvalid(true);
                return List.of();
            }
        });
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CaseView.class,
                new RouteParameters(CaseView.CASE_ID, String.valueOf(click.getItem().id())))));
    }

    private Span urgency(CaseSummary c) {
        Span badges = new Span();
        if (c.urgentCourt()) {
            badges.add(badge("caseload.urgentCourt", "error"));
        }
        if (c.urgentCollection()) {
            badges.add(badge("caseload.urgentCollection", "warning"));
        }
        for (CaseAlert alert : featureBadges.getOrDefault(c.id(), List.of())) {
            Span badge = new Span(getTranslation(alert.messageKey(), alert.params().toArray()));
            badge.getElement().getThemeList().add("badge " + (alert.urgent() ? "error" : "warning"));
            badge.addClassName("rd-badge");
            badges.add(badge);
        }
        return badges;
    }

    private void loadBadges(List<CaseSummary> page) {
        if (page.isEmpty()) {
            return;
        }
        List<Long> ids = page.stream().map(CaseSummary::id).toList();
        ids.forEach(featureBadges::remove);
        for (CaseloadBadgeSource source : badgeSources) {
            source.badgesFor(ids).forEach((caseId, found) -> featureBadges.merge(caseId, found,
                    (a, b) -> Stream.concat(a.stream(), b.stream()).toList()));
        }
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add("badge " + theme);
        badge.addClassName("rd-badge");
        return badge;
    }

    private CaseloadFilter filter() {
        return new CaseloadFilter(stage.getValue(), counsellor.getValue(), urgentOnly.getValue(),
                minDaysOverdue.getValue(), search.getValue());
    }

    private void refresh() {
        search.setInvalid(false);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("caseload.title") + " | " + getTranslation("app.name");
    }
}
