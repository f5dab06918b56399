package org.reliefdesk.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.privacy.PrivacyRequestView;
import org.reliefdesk.privacy.PrivacyService;
import org.reliefdesk.privacy.RequestFilter;
import org.reliefdesk.privacy.ResponseRule;
import org.reliefdesk.privacy.RequestStatus;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.UserFacingException;

/** Administrators answer clients' correction and deletion requests (PIPL 第46-47条) before their due date. */
@Route("admin/privacy-requests")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "privacy.admin.nav", order = 95, icon = "vaadin:user-check")
public class PrivacyRequestsView extends VerticalLayout implements HasDynamicTitle {

    private final transient PrivacyService privacy;
    private final transient Clock clock;
    private final Grid<PrivacyRequestView> grid = new Grid<>();
    private final Select<RequestFilter> filter = new Select<>();

    public PrivacyRequestsView(PrivacyService privacy, Clock clock) {
        this.privacy = privacy;
        this.clock = clock;
        setSizeFull();
        filter.setLabel(getTranslation("privacy.admin.filter"));
        filter.setItems(RequestFilter.values());
        filter.setItemLabelGenerator(f -> getTranslation("privacy.admin.filter." + f));
        filter.setValue(RequestFilter.OPEN);
        filter.setId("privacy-requests-filter");
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        Paragraph ruleText = new Paragraph();
        ruleText.setId("privacy-requests-rule");
        showRule(ruleText);
        Button newRule = new Button(getTranslation("privacy.rule.new"),
                click -> new RuleDialog(privacy, () -> showRule(ruleText)).open());
        newRule.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        newRule.setId("privacy-rule-new");

        configureGrid();
        add(new H2(getTranslation("privacy.admin.title")), ruleText, new HorizontalLayout(filter, newRule), grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("privacy-requests-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PrivacyRequestView::caseId).setHeader(getTranslation("privacy.admin.case")).setAutoWidth(true);
        grid.addColumn(PrivacyRequestView::clientUsername).setHeader(getTranslation("privacy.admin.client"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("privacy.kind." + r.kind())).setHeader(getTranslation("privacy.request.kind"))
                .setAutoWidth(true);
        grid.addColumn(PrivacyRequestView::sectionKey).setHeader(getTranslation("privacy.request.section"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.what() + " — " + r.why()).setHeader(getTranslation("privacy.request.what"))
                .setFlexGrow(1);
        grid.addColumn(r -> r.receivedOn().toString()).setHeader(getTranslation("privacy.request.receivedOn"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader(getTranslation("privacy.request.dueOn")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("privacy.status." + r.status())
                + (r.outcome() == null ? "" : ": " + r.outcome())).setHeader(getTranslation("privacy.request.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setItemsPageable(pageable -> privacy.requests(filter.getValue(), pageable).getContent());
    }

    /** The row in force today, and a later one already recorded. */
    private void showRule(Paragraph text) {
        ResponseRule current = privacy.rules().stream().filter(r -> !r.effectiveFrom().isAfter(today())).findFirst()
                .orElse(null);
        ResponseRule next = privacy.rules().stream().filter(r -> r.effectiveFrom().isAfter(today()))
                .reduce((later, earlier) -> earlier).orElse(null);
        text.setText((current == null ? "" : getTranslation("privacy.admin.rule", current.answerDays(),
                current.effectiveFrom().toString(), current.source()))
                + (next == null ? "" : " " + getTranslation("privacy.admin.nextRule", next.answerDays(),
                        next.effectiveFrom().toString())));
    }

    private Component due(PrivacyRequestView r) {
        Span due = new Span(r.dueOn().toString());
        if (r.overdueOn(today())) {
            due.getElement().getThemeList().add("badge error");
            due.setText(getTranslation("privacy.admin.overdue", r.dueOn().toString()));
        }
        return due;
    }

    private Component actions(PrivacyRequestView r) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (r.status() == RequestStatus.RECEIVED) {
            Button start = new Button(getTranslation("privacy.admin.start"), click -> {
                try {
                    privacy.start(r.id(), r.version());
                    Notices.saved(getTranslation("privacy.admin.saved"));
                } catch (UserFacingException e) {
                    Notices.refused(getTranslation(e.messageKey(), e.arguments()));
                }
                grid.getDataProvider().refreshAll();
            });
            start.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            start.addClassName("privacy-start");
            actions.add(start);
        }
        if (r.status().open()) {
            Button decide = new Button(getTranslation("privacy.admin.decide"),
                    click -> new DecideDialog(privacy, r, () -> grid.getDataProvider().refreshAll()).open());
            decide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            decide.addClassName("privacy-decide");
            actions.add(decide);
        }
        return actions;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.admin.title") + " | " + getTranslation("app.name");
    }
}
