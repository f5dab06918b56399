package org.reliefdesk.calls.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.reliefdesk.calls.CallDetails;
import org.reliefdesk.calls.CallDirection;
import org.reliefdesk.calls.CallOutcome;
import org.reliefdesk.calls.CallParty;
import org.reliefdesk.calls.CallRecord;
import org.reliefdesk.calls.CallService;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.evidence.EvidenceAttachments;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.platform.Refusals;
import org.reliefdesk.shared.UserFacingException;

/**
 * Logs a call in a few seconds (now, outgoing, the filtered debt preselected;
 * Ctrl+Enter saves), or shows and corrects a logged one. A logged call's dialog
 * holds the place where its evidence (recordings) will be attached.
 */
class CallDialog extends Dialog {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final DateTimePicker at = new DateTimePicker();
    private final RadioButtonGroup<CallDirection> direction = new RadioButtonGroup<>();
    private final Select<CallParty> party = new Select<>();
    private final Select<DebtLine> debt = new Select<>();
    private final TextField name = new TextField();
    private final TextField number = new TextField();
    private final IntegerField minutes = new IntegerField();
    private final Select<CallOutcome> outcome = new Select<>();
    private final TextArea summary = new TextArea();
    private final TextField nextStep = new TextField();
    private final DatePicker nextStepDue = new DatePicker();
    private final Paragraph problem = new Paragraph();

    CallDialog(CallService calls, EvidenceService evidenceService, CaseDetails details, Clock clock, CallRecord existing, DebtLine preselected,
            Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "calls.log" : "calls.details"));
        setId("call-dialog");
        setWidth("min(48rem, 100vw)");
        at.setLabel(getTranslation("calls.at"));
        at.setStep(Duration.ofMinutes(1));
        at.setId("call-at");
        // Hints only; CallRules refuses the same dates.
        at.setMin(LocalDateTime.now(clock.withZone(CHINA)).toLocalDate().minusYears(5).atStartOfDay());
        direction.setLabel(getTranslation("calls.direction"));
        direction.setItems(CallDirection.values());
        direction.setItemLabelGenerator(d -> getTranslation("calls.direction." + d));
        direction.setId("call-direction");
        party.setLabel(getTranslation("calls.party"));
        party.setItems(CallParty.values());
        party.setItemLabelGenerator(p -> getTranslation("calls.party." + p));
        party.setId("call-party");
        // The client's own name and number are on the case already; they are not copied into the log.
        party.addValueChangeListener(change -> {
            boolean client = change.getValue() == CallParty.CLIENT;
            name.setEnabled(!client);
            number.setEnabled(!client);
            if (client) {
                name.clear();
                number.clear();
            }
        });
        debt.setLabel(getTranslation("calls.debt"));
        debt.setItems(details.debtsByPriority());
        debt.setEmptySelectionAllowed(true);
        debt.setEmptySelectionCaption(getTranslation("calls.wholeCase"));
        debt.setItemLabelGenerator(d -> d == null ? getTranslation("calls.wholeCase") : d.details().lenderName());
        debt.setId("call-debt");
        name.setLabel(getTranslation("calls.partyName"));
        name.setId("call-name");
        number.setLabel(getTranslation("calls.partyNumber"));
        number.setId("call-number");
        minutes.setLabel(getTranslation("calls.minutes"));
        minutes.setMin(0);
        minutes.setStepButtonsVisible(true);
        minutes.setId("call-duration");
        outcome.setLabel(getTranslation("calls.outcome"));
        outcome.setItems(CallOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("calls.outcome." + o));
        outcome.setId("call-outcome");
        summary.setLabel(getTranslation("calls.summary"));
        summary.setMaxLength(4000);
        summary.setId("call-summary");
        nextStep.setLabel(getTranslation("calls.nextStep"));
        nextStep.setId("call-next-step");
        nextStepDue.setLabel(getTranslation("calls.nextStepDue"));
        nextStepDue.setId("call-next-due");
        nextStepDue.setMax(LocalDateTime.now(clock.withZone(CHINA)).toLocalDate().plusYears(2));
        problem.addClassName("rd-warning");
        problem.setId("call-problem");

        if (existing == null) {
            at.setValue(LocalDateTime.now(clock.withZone(CHINA)).truncatedTo(ChronoUnit.MINUTES));
            direction.setValue(CallDirection.OUTGOING);
            party.setValue(CallParty.LENDER_SERVICE);
            debt.setValue(preselected);
            minutes.setValue(0);
        } else {
            fill(existing.details(), details);
        }
        FormLayout form = new FormLayout(at, direction, debt, party, name, number, minutes, outcome, summary,
                nextStep, nextStepDue);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(summary, 2);
        add(form, problem);
        if (existing != null) {
            // The recording, screenshots of messages...: kept in the evidence vault, linked to this call.
            VerticalLayout evidence = new VerticalLayout(
                    new EvidenceAttachments(evidenceService, details.id(), EvidenceTarget.call(existing.id())));
            evidence.setId("call-evidence");
            evidence.setPadding(false);
            add(evidence);
        }

        Button save = new Button(getTranslation(existing == null ? "calls.save" : "calls.saveCorrection"), click -> {
            List.<HasValidation>of(at, party, outcome, minutes, number, name, nextStepDue, summary, nextStep)
                    .forEach(f -> f.setInvalid(false));
            problem.setText("");
            try {
                if (existing == null) {
                    calls.log(details.id(), entered());
                } else {
                    calls.correct(details.id(), existing.id(), existing.version(), entered());
                }
            } catch (UserFacingException refusal) {
                show(refusal);
                return;
            }
            Notices.saved(getTranslation("calls.saved"));
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        save.setId("call-save");
        Button cancel = new Button(getTranslation("calls.cancel"), click -> close());
        cancel.setId("call-cancel");
        getFooter().add(cancel, save);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                (existing == null ? outcome : summary).focus();
            }
        });
    }

    private CallDetails entered() {
        return new CallDetails(debt.getValue() == null ? null : debt.getValue().id(),
                at.getValue() == null ? null : at.getValue().atZone(CHINA).toInstant(), direction.getValue(),
                party.getValue(), name.getValue(), number.getValue(),
                minutes.getValue() == null ? Duration.ZERO : Duration.ofMinutes(minutes.getValue()),
                summary.getValue(), outcome.getValue(), nextStep.getValue(), nextStepDue.getValue());
    }

    private void fill(CallDetails d, CaseDetails details) {
        at.setValue(LocalDateTime.ofInstant(d.at(), CHINA));
        direction.setValue(d.direction());
        party.setValue(d.party());
        debt.setValue(d.debtId() == null ? null : details.debtsByPriority().stream()
                .filter(l -> l.id() == d.debtId()).findFirst().orElse(null));
        name.setValue(d.partyName() == null ? "" : d.partyName());
        number.setValue(d.partyNumber() == null ? "" : d.partyNumber());
        minutes.setValue((int) d.duration().toMinutes());
        outcome.setValue(d.outcome());
        summary.setValue(d.summary() == null ? "" : d.summary());
        nextStep.setValue(d.nextStep() == null ? "" : d.nextStep());
        nextStepDue.setValue(d.nextStepDue());
    }

    /** Shows a refusal next to its field when it names one. */
    private void show(UserFacingException refusal) {
        Refusals.show(refusal, this, key -> switch (key) {
            case "calls.error.at" -> at;
            case "calls.error.party" -> party;
            case "calls.error.outcome" -> outcome;
            case "calls.error.duration" -> minutes;
            case "calls.error.partyNumber", "calls.error.clientIdentity" -> number;
            case "calls.error.partyName" -> name;
            case "calls.error.summary" -> summary;
            case "calls.error.nextStep" -> nextStep;
            case "calls.error.nextStepDue", "calls.error.nextStepDueWithoutStep" -> nextStepDue;
            default -> null;
        }, problem);
    }
}
