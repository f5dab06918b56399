package org.reliefdesk.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.reliefdesk.casefile.CaseAlert;
import org.reliefdesk.casefile.CaseAlertSource;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.CaseTab;
import org.reliefdesk.casefile.TimelineTexts;
import org.reliefdesk.security.AccountService;
import org.reliefdesk.security.CurrentUser;
import org.reliefdesk.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * One case, at {@code /cases/{id}}. The id is checked by the service: a case the
 * user may not open is answered exactly like one that does not exist.
 */
@Route("cases/:caseId")
@RolesAllowed({Role.COUNSELLOR_NAME, Role.ADMIN_NAME})
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CASE_ID = "caseId";
    /** {@code ?tab=<title key>} opens that tab, e.g. from a deadline: {@link CaseTab#location(long, String)}. */
    static final String TAB = CaseTab.TAB_PARAMETER;

    private final transient CaseService cases;
    private final transient AccountService accounts;
    private final transient List<CaseTab> featureTabs;
    private final transient List<CaseAlertSource> alertSources;
    private final transient List<TimelineTexts> timelineTexts;
    private final boolean admin;
    private CaseDetails current;
    private int selectedTab;
    private String requestedTab;

    public CaseView(CaseService cases, AccountService accounts, CurrentUser currentUser,
                    ObjectProvider<CaseTab> featureTabs, ObjectProvider<CaseAlertSource> alertSources,
                    ObjectProvider<TimelineTexts> timelineTexts) {
        this.cases = cases;
        this.accounts = accounts;
        this.featureTabs = featureTabs.stream().sorted(Comparator.comparingInt(CaseTab::order)).toList();
        this.alertSources = alertSources.stream().toList();
        this.timelineTexts = timelineTexts.stream().toList();
        this.admin = currentUser.hasRole(Role.ADMIN);
        setId("case-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long caseId = Long.parseLong(event.getRouteParameters().get(CASE_ID).orElse(""));
            requestedTab = event.getLocation().getQueryParameters().getSingleParameter(TAB).orElse(null);
            show(cases.get(caseId));
        } catch (NumberFormatException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Redraws the page from the latest state, keeping the open tab. */
    void show(CaseDetails details) {
        current = details;
        removeAll();
        // Lets a browser test, or a script, tell when a saved change has been redrawn.
        getElement().setAttribute("data-version", String.valueOf(details.version()));
        Span stage = new Span(getTranslation("stage." + details.stage()));
        stage.getElement().getThemeList().add("badge");
        stage.setId("case-stage");
        H2 title = new H2(details.clientName());
        title.setId("case-title");
        HorizontalLayout header = new HorizontalLayout(title, stage);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("case-tabs");
        List<OrderedTab> all = new ArrayList<>(List.of(
                new OrderedTab(100, "case.tab.overview", () -> new OverviewPanel(cases, accounts, admin, details, this::show)),
                new OrderedTab(200, "case.tab.client", () -> new ClientPanel(cases, details, this::show)),
                new OrderedTab(300, "case.tab.budget", () -> new BudgetPanel(cases, details, this::show)),
                new OrderedTab(400, "case.tab.debts", () -> new DebtsPanel(cases, details, this::show)),
                new OrderedTab(500, "case.tab.timeline", () -> new TimelinePanel(cases, details.id(), timelineTexts))));
        for (CaseTab tab : featureTabs) {
            all.add(new OrderedTab(tab.order(), tab.titleKey(), () -> tab.create(details, this::show)));
        }
        all.sort(Comparator.comparingInt(OrderedTab::order));
        for (int i = 0; i < all.size(); i++) {
            OrderedTab tab = all.get(i);
            tabs.add(getTranslation(tab.titleKey()), tab.content().get());
            if (tab.titleKey().equals(requestedTab)) {
                selectedTab = i;
                requestedTab = null;
            }
        }
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(change -> selectedTab = tabs.getSelectedIndex());
        add(header, new StageProgress(details.stage()));
        for (CaseAlertSource source : alertSources) {
            for (CaseAlert alert : source.alertsFor(details.id())) {
                Span line = new Span(getTranslation(alert.messageKey(), alert.params().toArray()));
                line.addClassName("rd-case-alert");
                line.getElement().getThemeList().addAll(List.of("badge", alert.urgent() ? "error" : "contrast"));
                add(line);
            }
        }
        add(tabs);
    }

    private record OrderedTab(int order, String titleKey, Supplier<Component> content) {
    }

    @Override
    public String getPageTitle() {
        return (current == null ? "" : current.clientName() + " | ") + getTranslation("app.name");
    }
}
