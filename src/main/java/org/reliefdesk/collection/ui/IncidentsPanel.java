package org.reliefdesk.collection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.reliefdesk.calls.CallRecord;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.collection.FrequencyFinding;
import org.reliefdesk.collection.IncidentExport;
import org.reliefdesk.collection.IncidentService;
import org.reliefdesk.collection.IncidentView;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.platform.CsvExport;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.UserFacingException;

/**
 * The case's collection incidents, newest first and loaded a page at a time, with their flags;
 * the days whose counts broke a rule; and the abusive calls not yet made incidents.
 */
class IncidentsPanel extends VerticalLayout {

    private final transient IncidentService incidents;
    private final CaseDetails details;
    private final Grid<IncidentView> grid = new Grid<>();
    private final VerticalLayout findings = new VerticalLayout();
    private final VerticalLayout toConvert = new VerticalLayout();

    IncidentsPanel(IncidentService incidents, IncidentExport export, EvidenceService evidence, CaseDetails details,
                   Clock clock) {
        this.incidents = incidents;
        this.details = details;
        setPadding(false);
        Button add = new Button(getTranslation("collection.new"), VaadinIcon.PLUS.create(),
                click -> new IncidentDialog(incidents, evidence, details, clock, null, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("incident-new");
        Button importList = new Button(getTranslation("collection.import"), VaadinIcon.UPLOAD.create(),
                click -> new ImportDialog(incidents, details.id(), this::refresh).open());
        importList.setId("incident-import");

        findings.setId("incident-findings");
        findings.setPadding(false);
        findings.setSpacing(false);
        toConvert.setId("incident-calls-to-convert");
        toConvert.setPadding(false);
        toConvert.setSpacing(false);

        grid.setId("incidents-grid");
        grid.setHeight("26rem");
        grid.addColumn(i -> FlagBadges.WHEN.format(i.details().at())).setHeader(getTranslation("collection.when"))
                .setAutoWidth(true);
        grid.addColumn(i -> getTranslation("collection.channel." + i.details().channel()))
                .setHeader(getTranslation("collection.channel")).setAutoWidth(true);
        grid.addColumn(i -> i.details().collectorName() + (i.details().agency()
                ? " (" + getTranslation("collection.agency.short") + ")" : "")
                + (i.details().collectorNumber() == null ? "" : " · " + i.details().collectorNumber()))
                .setHeader(getTranslation("collection.collector")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation("collection.reached." + i.details().reached()))
                .setHeader(getTranslation("collection.reached")).setAutoWidth(true);
        grid.addColumn(i -> i.details().categories().stream().sorted()
                .map(c -> getTranslation("collection.category." + c)).collect(Collectors.joining(getTranslation("collection.listSeparator"))))
                .setHeader(getTranslation("collection.categories")).setFlexGrow(1);
        grid.addComponentColumn(i -> FlagBadges.of(i.flags(), this)).setHeader(getTranslation("collection.flags"))
                .setAutoWidth(true);
        grid.setItemsPageable(pageable -> incidents.incidents(details.id(), pageable).getContent());
        grid.addItemClickListener(click -> new IncidentDialog(incidents, evidence, details, clock,
                incidents.incident(details.id(), click.getItem().id()), this::refresh).open());

        var locale = getLocale();
        var csv = CsvExport.link("incidents-export", getTranslation("reporting.csv"),
                "incidents-" + details.id() + ".csv", () -> export.incidents(details.id(), locale));
        HorizontalLayout actions = new HorizontalLayout(add, importList, csv);
        add(actions, findings, toConvert, grid);
        refreshLists();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        refreshLists();
    }

    private void refreshLists() {
        findings.removeAll();
        List<FrequencyFinding> days = incidents.findings(details.id());
        if (!days.isEmpty()) {
            findings.add(new H4(getTranslation("collection.findings.title")));
            days.forEach(f -> findings.add(finding(f)));
        }
        toConvert.removeAll();
        List<CallRecord> calls = incidents.convertibleCalls(details.id());
        if (!calls.isEmpty()) {
            toConvert.add(new H4(getTranslation("collection.convert.title")));
            calls.forEach(c -> toConvert.add(convertRow(c)));
        }
    }

    private Span finding(FrequencyFinding f) {
        Span line = new Span(Findings.text(f, this));
        line.addClassName("incident-finding");
        line.addClassName("rd-warning");
        line.getElement().setAttribute("title", FlagBadges.detail(f.rule(), this));
        return line;
    }

    private HorizontalLayout convertRow(CallRecord call) {
        Span text = new Span(FlagBadges.WHEN.format(call.details().at()) + " · "
                + (call.details().partyName() == null ? getTranslation("calls.party." + call.details().party())
                : call.details().partyName())
                + (call.details().summary() == null ? "" : " · " + call.details().summary()));
        Button convert = new Button(getTranslation("collection.convert.button"), VaadinIcon.FLAG.create(), click -> {
            try {
                incidents.fromCall(details.id(), call.id());
                Notices.saved(getTranslation("collection.convert.done"));
            } catch (UserFacingException refusal) {
                Notices.refused(getTranslation(refusal.messageKey(), refusal.arguments()));
            }
            refresh();
        });
        convert.addThemeVariants(ButtonVariant.LUMO_SMALL);
        convert.setId("incident-from-call-" + call.id());
        HorizontalLayout row = new HorizontalLayout(text, convert);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.addClassName("incident-call-to-convert");
        return row;
    }
}
