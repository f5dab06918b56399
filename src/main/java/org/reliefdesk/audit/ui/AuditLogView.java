package org.reliefdesk.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reliefdesk.audit.AuditEntry;
import org.reliefdesk.audit.AuditFilter;
import org.reliefdesk.audit.AuditLog;
import org.reliefdesk.audit.VerificationRuns;
import org.reliefdesk.platform.CsvExport;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.UserFacingException;

/**
 * The whole audit trail for administrators (decision 021): the chain's verification status on top,
 * then the log, newest first, filtered by actor, case, action and a period of Beijing dates; the
 * filtered log as CSV; an entry's facts and hashes on click. The service checks the role again.
 */
@Route("admin/audit")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "admin.audit.nav", order = 91, icon = "vaadin:records")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final transient AuditLog log;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final TextField caseId = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph problem = new Paragraph();
    private final Map<String, String> actionLabels = new ConcurrentHashMap<>();
    private volatile AuditFilter filter = AuditFilter.none();

    public AuditLogView(AuditLog log, VerificationRuns runs, Clock clock) {
        this.log = log;
        setSizeFull();
        add(new H2(getTranslation("admin.audit.title")), new VerificationPanel(runs));

        actor.setLabel(getTranslation("admin.audit.actor"));
        actor.setId("audit-filter-actor");
        caseId.setLabel(getTranslation("admin.audit.case"));
        caseId.setAllowedCharPattern("[0-9]");
        caseId.setId("audit-filter-case");
        action.setLabel(getTranslation("admin.audit.action"));
        List<String> known = log.knownActions();
        // Worded now: the CSV is written in a download request, away from this page's locale.
        known.forEach(code -> actionLabels.put(code, AuditTexts.action(this, code)));
        action.setItems(known);
        action.setItemLabelGenerator(code -> AuditTexts.action(this, code).equals(code) ? code
                : AuditTexts.action(this, code) + " · " + code);
        action.setAllowCustomValue(true);
        action.addCustomValueSetListener(custom -> action.setValue(custom.getDetail().strip()
                .toUpperCase(Locale.ROOT)));
        action.setClearButtonVisible(true);
        action.setId("audit-filter-action");
        from.setLabel(getTranslation("admin.audit.from"));
        from.setId("audit-filter-from");
        to.setLabel(getTranslation("admin.audit.to"));
        to.setId("audit-filter-to");
        LocalDate today = LocalDate.now(clock.withZone(AuditTexts.BEIJING));
        for (TextField field : List.of(actor, caseId)) {
            field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            field.setClearButtonVisible(true);
            field.addThemeVariants(TextFieldVariant.LUMO_SMALL);
            field.addValueChangeListener(change -> applyFilter());
        }
        action.addValueChangeListener(change -> applyFilter());
        from.addValueChangeListener(change -> applyFilter());
        to.addValueChangeListener(change -> applyFilter());
        problem.addClassName("rd-warning");
        problem.setId("audit-filter-problem");

        Anchor csv = new Anchor(CsvExport.download("audit-log-" + today + ".csv", csvHeader(),
                () -> log.exportRows(filter, this::csvRow)), getTranslation("admin.audit.csv"));
        csv.getElement().setAttribute("download", true);
        csv.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        csv.setId("audit-export-csv");

        HorizontalLayout filters = new HorizontalLayout(actor, caseId, action, from, to, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> AuditTexts.WHEN.format(e.occurredAt())).setHeader(getTranslation("admin.audit.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("admin.audit.actor")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.caseId() == null ? "" : e.caseId().toString())
                .setHeader(getTranslation("admin.audit.case")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> AuditTexts.action(this, e.action())).setHeader(getTranslation("admin.audit.action"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::summary).setHeader(getTranslation("admin.audit.summary")).setFlexGrow(1);
        grid.setItemsPageable(pageable -> log.entries(filter, pageable).getContent());
        grid.addItemClickListener(click -> log.entry(click.getItem().id())
                .ifPresent(details -> new AuditEntryDialog(details, AuditTexts.action(this, details.entry().action()))
                        .open()));
        add(filters, problem, grid);
        setFlexGrow(1, grid);
    }

    private void applyFilter() {
        problem.setText("");
        try {
            Long caseNumber = caseId.getValue().isBlank() ? null : Long.valueOf(caseId.getValue().strip());
            filter = new AuditFilter(actor.getValue(), caseNumber, action.getValue(), from.getValue(), to.getValue());
        } catch (NumberFormatException tooLong) {
            refuse(getTranslation("admin.audit.error.case"));
            return;
        } catch (UserFacingException refusal) {
            refuse(getTranslation(refusal.messageKey(), refusal.arguments()));
            return;
        }
        grid.getDataProvider().refreshAll();
    }

    private void refuse(String message) {
        problem.setText(message);
        Notices.refused(message);
    }

    private List<String> csvHeader() {
        List<String> header = new ArrayList<>();
        for (String key : List.of("id", "time", "actor", "address", "case", "actionCode", "action", "targetType",
                "targetId", "summary", "facts")) {
            header.add(getTranslation("admin.audit.csv." + key));
        }
        return header;
    }

    private List<?> csvRow(AuditEntry e) {
        return Arrays.asList(e.id(), AuditTexts.WHEN.format(e.occurredAt()), e.actor(), e.remoteAddress(),
                e.caseId(), e.action(), actionLabels.getOrDefault(e.action(), e.action()), e.targetType(), e.targetId(),
                e.summary(), e.details());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.audit.title") + " | " + getTranslation("app.name");
    }
}
