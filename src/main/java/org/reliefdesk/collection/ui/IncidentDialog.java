package org.reliefdesk.collection.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.collection.IncidentCategory;
import org.reliefdesk.collection.IncidentChannel;
import org.reliefdesk.collection.IncidentDetails;
import org.reliefdesk.collection.IncidentService;
import org.reliefdesk.collection.IncidentView;
import org.reliefdesk.collection.Reached;
import org.reliefdesk.evidence.EvidenceAttachments;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.platform.Refusals;
import org.reliefdesk.shared.UserFacingException;

/**
 * Records an incident (Beijing time; Ctrl+Enter saves), or shows a recorded one with the rules
 * it breaks, corrects it and holds its evidence. Incidents are never deleted.
 */
class IncidentDialog extends Dialog {

    private final DateTimePicker when = new DateTimePicker();
    private final Select<IncidentChannel> channel = new Select<>();
    private final Select<DebtLine> debt = new Select<>();
    private final TextField collectorName = new TextField();
    private final TextField collectorNumber = new TextField();
    private final Checkbox agency = new Checkbox();
    private final Select<Reached> reached = new Select<>();
    private final CheckboxGroup<IncidentCategory> categories = new CheckboxGroup<>();
    private final Checkbox answered = new Checkbox();
    private final Checkbox automated = new Checkbox();
    private final TextArea description = new TextArea();
    private final Paragraph problem = new Paragraph();

    IncidentDialog(IncidentService incidents, EvidenceService evidence, CaseDetails details, Clock clock,
            IncidentView existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "collection.new" : "collection.details"));
        setId("incident-dialog");
        setWidth("min(52rem, 100vw)");
        when.setLabel(getTranslation("collection.when"));
        when.setStep(Duration.ofMinutes(1));
        when.setId("incident-when");
        when.setMin(LocalDateTime.now(clock.withZone(FlagBadges.BEIJING)).toLocalDate().minusYears(5).atStartOfDay());
        channel.setLabel(getTranslation("collection.channel"));
        channel.setItems(IncidentChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation("collection.channel." + c));
        channel.setId("incident-channel");
        channel.addValueChangeListener(change -> callFields());
        debt.setLabel(getTranslation("collection.debt"));
        debt.setItems(details.debtsByPriority());
        debt.setEmptySelectionAllowed(true);
        debt.setEmptySelectionCaption(getTranslation("collection.wholeCase"));
        debt.setItemLabelGenerator(d -> d == null ? getTranslation("collection.wholeCase") : d.details().lenderName());
        debt.setId("incident-debt");
        collectorName.setLabel(getTranslation("collection.collectorName"));
        collectorName.setMaxLength(100);
        collectorName.setId("incident-collector-name");
        collectorNumber.setLabel(getTranslation("collection.collectorNumber"));
        collectorNumber.setId("incident-collector-number");
        agency.setLabel(getTranslation("collection.agency"));
        agency.setId("incident-agency");
        reached.setLabel(getTranslation("collection.reached"));
        reached.setItems(Reached.values());
        reached.setItemLabelGenerator(r -> getTranslation("collection.reached." + r));
        reached.setId("incident-reached");
        categories.setLabel(getTranslation("collection.categories"));
        categories.setItems(IncidentCategory.values());
        categories.setItemLabelGenerator(c -> getTranslation("collection.category." + c));
        categories.setId("incident-categories");
        answered.setLabel(getTranslation("collection.answered"));
        answered.setId("incident-answered");
        automated.setLabel(getTranslation("collection.automated"));
        automated.setId("incident-automated");
        description.setLabel(getTranslation("collection.description"));
        description.setMaxLength(4000);
        description.setId("incident-description");
        problem.addClassName("rd-warning");
        problem.setId("incident-problem");

        if (existing == null) {
            when.setValue(LocalDateTime.now(clock.withZone(FlagBadges.BEIJING)).truncatedTo(ChronoUnit.MINUTES));
            channel.setValue(IncidentChannel.CALL);
            reached.setValue(Reached.CLIENT);
            answered.setValue(true);
        } else {
            fill(existing.details(), details);
        }
        callFields();
        FormLayout form = new FormLayout(when, channel, collectorName, collectorNumber, agency, debt, reached,
                answered, automated, categories, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(categories, 2);
        form.setColspan(description, 2);
        add(form, problem);
        if (existing != null) {
            add(flags(existing));
            VerticalLayout attached = new VerticalLayout(
                    new EvidenceAttachments(evidence, details.id(), EvidenceTarget.incident(existing.id())));
            attached.setId("incident-evidence");
            attached.setPadding(false);
            add(attached);
        }

        Button save = new Button(getTranslation(existing == null ? "collection.save" : "collection.saveCorrection"),
                click -> {
                    List.<HasValidation>of(when, channel, collectorName, collectorNumber, reached, description)
                            .forEach(f -> f.setInvalid(false));
                    problem.setText("");
                    try {
                        if (existing == null) {
                            incidents.record(details.id(), entered());
                        } else {
                            incidents.correct(details.id(), existing.id(), existing.version(), entered());
                        }
                    } catch (UserFacingException refusal) {
                        show(refusal);
                        return;
                    }
                    Notices.saved(getTranslation("collection.saved"));
                    close();
                    onSaved.run();
                });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        save.setId("incident-save");
        Button cancel = new Button(getTranslation("collection.cancel"), click -> close());
        cancel.setId("incident-cancel");
        getFooter().add(cancel, save);
    }

    /** The rules the incident breaks, each with its summary and source as a detail line. */
    private Div flags(IncidentView existing) {
        Div flags = new Div();
        flags.setId("incident-flags");
        if (existing.flags().isEmpty()) {
            flags.add(new Paragraph(getTranslation("collection.noFlags")));
        }
        existing.flags().forEach(rule -> {
            Paragraph line = new Paragraph(FlagBadges.badge(rule, this));
            line.add(" " + FlagBadges.detail(rule, this));
            line.addClassName("incident-flag-detail");
            flags.add(line);
        });
        return flags;
    }

    private void callFields() {
        boolean call = channel.getValue() == IncidentChannel.CALL;
        answered.setVisible(call);
        automated.setVisible(call);
    }

    private IncidentDetails entered() {
        boolean call = channel.getValue() == IncidentChannel.CALL;
        return new IncidentDetails(debt.getValue() == null ? null : debt.getValue().id(),
                when.getValue() == null ? null : when.getValue().atZone(FlagBadges.BEIJING).toInstant(),
                channel.getValue(), collectorName.getValue(), agency.getValue(), collectorNumber.getValue(),
                reached.getValue(), categories.getValue(), call ? answered.getValue() : null,
                call ? automated.getValue() : null, description.getValue());
    }

    private void fill(IncidentDetails d, CaseDetails details) {
        when.setValue(LocalDateTime.ofInstant(d.at(), FlagBadges.BEIJING));
        channel.setValue(d.channel());
        debt.setValue(d.debtId() == null ? null : details.debtsByPriority().stream()
                .filter(l -> l.id() == d.debtId()).findFirst().orElse(null));
        collectorName.setValue(d.collectorName());
        collectorNumber.setValue(d.collectorNumber() == null ? "" : d.collectorNumber());
        agency.setValue(d.agency());
        reached.setValue(d.reached());
        categories.setValue(d.categories());
        answered.setValue(Boolean.TRUE.equals(d.answered()));
        automated.setValue(Boolean.TRUE.equals(d.automated()));
        description.setValue(d.description() == null ? "" : d.description());
    }

    /** Shows a refusal next to its field when it names one. */
    private void show(UserFacingException refusal) {
        Refusals.show(refusal, this, key -> switch (key) {
            case "collection.error.at", "collection.error.atTooOld" -> when;
            case "collection.error.channel" -> channel;
            case "collection.error.collectorName", "collection.error.collectorNameLong" -> collectorName;
            case "collection.error.collectorNumber" -> collectorNumber;
            case "collection.error.reached" -> reached;
            case "collection.error.description" -> description;
            default -> null;
        }, problem);
    }
}
