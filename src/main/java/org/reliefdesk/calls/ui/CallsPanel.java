package org.reliefdesk.calls.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.reliefdesk.calls.CallDetails;
import org.reliefdesk.calls.CallExport;
import org.reliefdesk.calls.CallFilter;
import org.reliefdesk.calls.CallOutcome;
import org.reliefdesk.calls.CallParty;
import org.reliefdesk.calls.CallRecord;
import org.reliefdesk.calls.CallService;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.platform.CsvExport;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.UserFacingException;

/** The case's calls, newest first and loaded a page at a time, with filters and a quick "log a call". */
class CallsPanel extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(CallDialog.CHINA);

    private final Select<DebtLine> debt = new Select<>();
    private final Select<CallParty> party = new Select<>();
    private final Select<CallOutcome> outcome = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<CallRecord> grid = new Grid<>();
    private final transient CallService calls;
    private final long caseId;

    CallsPanel(CallService calls, CallExport export, EvidenceService evidence, CaseDetails details, Clock clock) {
        this.calls = calls;
        this.caseId = details.id();
        setPadding(false);
        debt.setLabel(getTranslation("calls.debt"));
        debt.setItems(details.debtsByPriority());
        debt.setEmptySelectionAllowed(true);
        debt.setEmptySelectionCaption(getTranslation("calls.filter.all"));
        debt.setItemLabelGenerator(d -> d == null ? getTranslation("calls.filter.all") : d.details().lenderName());
        debt.setId("calls-filter-debt");
        party.setLabel(getTranslation("calls.party"));
        party.setItems(CallParty.values());
        party.setEmptySelectionAllowed(true);
        party.setEmptySelectionCaption(getTranslation("calls.filter.all"));
        party.setItemLabelGenerator(p -> p == null ? getTranslation("calls.filter.all")
                : getTranslation("calls.party." + p));
        party.setId("calls-filter-party");
        outcome.setLabel(getTranslation("calls.outcome"));
        outcome.setItems(CallOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("calls.filter.all"));
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("calls.filter.all")
                : getTranslation("calls.outcome." + o));
        outcome.setId("calls-filter-outcome");
        from.setLabel(getTranslation("calls.filter.from"));
        from.setId("calls-filter-from");
        to.setLabel(getTranslation("calls.filter.to"));
        to.setId("calls-filter-to");
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {debt, party, outcome, from, to}) {
            field.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        }

        grid.setId("calls-grid");
        grid.setHeight("28rem");
        grid.addColumn(c -> WHEN.format(c.details().at())).setHeader(getTranslation("calls.at")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("calls.direction." + c.details().direction()))
                .setHeader(getTranslation("calls.direction")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("calls.party." + c.details().party())
                + (c.details().partyName() == null ? "" : " · " + c.details().partyName()))
                .setHeader(getTranslation("calls.party")).setAutoWidth(true);
        grid.addColumn(c -> c.details().debtId() == null ? "—" : details.debtsByPriority().stream()
                .filter(d -> d.id() == c.details().debtId()).map(d -> d.details().lenderName()).findFirst()
                .orElse("—")).setHeader(getTranslation("calls.debt")).setAutoWidth(true);
        grid.addComponentColumn(this::outcomeBadge).setHeader(getTranslation("calls.outcome")).setAutoWidth(true);
        grid.addColumn(c -> c.details().summary() == null ? "" : c.details().summary())
                .setHeader(getTranslation("calls.summary")).setFlexGrow(1);
        grid.addComponentColumn(this::nextStep).setHeader(getTranslation("calls.nextStep")).setAutoWidth(true);
        grid.setItemsPageable(pageable -> calls.calls(details.id(), filter(), pageable).getContent());
        grid.addItemClickListener(click -> new CallDialog(calls, evidence, details, clock, click.getItem(), null,
                grid.getDataProvider()::refreshAll).open());

        Button log = new Button(getTranslation("calls.log"), VaadinIcon.PHONE.create(),
                click -> new CallDialog(calls, evidence, details, clock, null, debt.getValue(),
                        grid.getDataProvider()::refreshAll).open());
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        log.setId("log-call");
        var locale = getLocale();
        var csv = CsvExport.link("calls-export", getTranslation("reporting.csv"), "calls-" + details.id() + ".csv",
                () -> export.calls(details.id(), filter(), locale));
        HorizontalLayout filters = new HorizontalLayout(debt, party, outcome, from, to, csv);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(log, filters, grid);
    }

    private CallFilter filter() {
        return new CallFilter(debt.getValue() == null ? null : debt.getValue().id(), party.getValue(),
                outcome.getValue(), from.getValue(), to.getValue());
    }

    /** The agreed next step with its due date, and either when it was done or a button to say it is. */
    private Component nextStep(CallRecord call) {
        CallDetails d = call.details();
        if (d.nextStep() == null) {
            return new Span();
        }
        Span step = new Span(d.nextStep() + (d.nextStepDue() == null ? "" : " (" + d.nextStepDue() + ")"));
        if (call.nextStepDoneOn() != null) {
            Span done = new Span(getTranslation("calls.nextStep.doneOn", call.nextStepDoneOn()));
            done.getElement().getThemeList().add("badge success");
            done.setId("call-next-step-done-" + call.id());
            return new HorizontalLayout(step, done);
        }
        if (d.nextStepDue() == null) {
            return step;
        }
        Button markDone = new Button(getTranslation("calls.nextStep.markDone"), click -> {
            try {
                calls.markNextStepDone(caseId, call.id(), call.version(), null);
                Notices.saved(getTranslation("calls.nextStep.marked"));
            } catch (UserFacingException refused) {
                Notices.refused(getTranslation(refused.messageKey(), refused.arguments()));
            }
            grid.getDataProvider().refreshAll();
        });
        markDone.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        markDone.setId("call-next-step-mark-" + call.id());
        return new HorizontalLayout(step, markDone);
    }

    private Span outcomeBadge(CallRecord call) {
        Span badge = new Span(getTranslation("calls.outcome." + call.details().outcome()));
        badge.getElement().getThemeList().add(call.abusive() ? "badge error primary" : "badge contrast");
        if (call.abusive()) {
            badge.addClassName("rd-call-abusive");
            badge.getElement().setAttribute("data-abusive", "true");
        }
        return badge;
    }
}
