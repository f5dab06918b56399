package org.reliefdesk.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.complaint.ChannelCode;
import org.reliefdesk.complaint.ChannelSuggestion;
import org.reliefdesk.complaint.ChannelSuggestions;
import org.reliefdesk.complaint.ComplaintChannel;
import org.reliefdesk.complaint.ComplaintDraft;
import org.reliefdesk.complaint.ComplaintView;
import org.reliefdesk.complaint.Grievance;
import org.reliefdesk.complaint.IncidentFact;

/** The fields of a draft complaint, with the suggested channels worked out as they change. */
class ComplaintForm extends FormLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    /** Stands for "an organisation that is not one of the case's lenders" in the respondent select. */
    private static final DebtLine AGENCY = null;

    private final Select<DebtLine> respondent = new Select<>();
    private final TextField agencyName = new TextField();
    private final Select<DebtLine> debt = new Select<>();
    private final MultiSelectComboBox<Grievance> grievances = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<IncidentFact> incidents = new MultiSelectComboBox<>();
    private final VerticalLayout suggestions = new VerticalLayout();
    private final Select<ChannelCode> channel = new Select<>();
    private final TextArea ask = new TextArea();

    ComplaintForm(CaseDetails details, List<IncidentFact> facts, List<ComplaintChannel> channels) {
        Map<String, DebtLine> lenders = new LinkedHashMap<>();
        details.debtsByPriority().forEach(d -> lenders.putIfAbsent(d.details().lenderName().strip(), d));
        respondent.setLabel(getTranslation("complaint.respondent"));
        respondent.setItems(lenders.values());
        respondent.setEmptySelectionAllowed(true);
        respondent.setEmptySelectionCaption(getTranslation("complaint.respondent.agencyOption"));
        respondent.setItemLabelGenerator(d -> d == AGENCY ? getTranslation("complaint.respondent.agencyOption")
                : d.details().lenderName() + " · " + getTranslation("complaint.lenderType." + d.details().lenderType()));
        respondent.setId("complaint-respondent");
        agencyName.setLabel(getTranslation("complaint.agencyName"));
        agencyName.setMaxLength(200);
        agencyName.setId("complaint-agency-name");
        debt.setLabel(getTranslation("complaint.debt"));
        debt.setItems(details.debtsByPriority());
        debt.setEmptySelectionAllowed(true);
        debt.setEmptySelectionCaption(getTranslation("complaint.debt.none"));
        debt.setItemLabelGenerator(d -> d == null ? getTranslation("complaint.debt.none")
                : d.details().lenderName() + (d.details().product() == null ? "" : " · " + d.details().product()));
        debt.setId("complaint-debt");
        grievances.setLabel(getTranslation("complaint.grievances"));
        grievances.setItems(Grievance.values());
        grievances.setItemLabelGenerator(g -> getTranslation("complaint.grievance." + g));
        grievances.setId("complaint-grievances");
        incidents.setLabel(getTranslation("complaint.incidents"));
        incidents.setItems(facts);
        incidents.setItemLabelGenerator(f -> WHEN.format(f.occurredAt()) + " · " + f.collectorName() + " · "
                + getTranslation(f.channelKey()));
        incidents.setPlaceholder(facts.isEmpty() ? getTranslation("complaint.incidents.none") : "");
        incidents.setEnabled(!facts.isEmpty());
        incidents.setId("complaint-incidents");
        suggestions.setId("complaint-suggestions");
        suggestions.setPadding(false);
        suggestions.setSpacing(false);
        channel.setLabel(getTranslation("complaint.channel"));
        channel.setItems(channels.stream().map(ComplaintChannel::code).toList());
        Map<ChannelCode, ComplaintChannel> byCode = channels.stream()
                .collect(Collectors.toMap(ComplaintChannel::code, c -> c));
        channel.setItemLabelGenerator(c -> byCode.containsKey(c) ? byCode.get(c).name(getLocale())
                : getTranslation("complaint.channel." + c));
        channel.setId("complaint-channel");
        // What the chosen channel handles and, without a fixed deadline, how to follow up.
        channel.addValueChangeListener(change -> {
            ComplaintChannel chosen = change.getValue() == null ? null : byCode.get(change.getValue());
            channel.setHelperText(chosen == null ? null : chosen.handles(getLocale()) + (chosen.hasDeadline() ? ""
                    : " " + getTranslation("complaint.rule.none", chosen.followUp(getLocale()) == null ? ""
                            : chosen.followUp(getLocale()))));
        });
        ask.setLabel(getTranslation("complaint.ask"));
        ask.setMaxLength(4000);
        ask.setId("complaint-ask");

        respondent.addValueChangeListener(change -> {
            agencyName.setEnabled(change.getValue() == AGENCY);
            if (change.getValue() != AGENCY && debt.getValue() == null) {
                debt.setValue(change.getValue());
            }
            suggest();
        });
        grievances.addValueChangeListener(change -> suggest());
        incidents.addValueChangeListener(change -> suggest());
        add(respondent, agencyName, debt, channel, grievances, incidents, suggestions, ask);
        setColspan(grievances, 2);
        setColspan(incidents, 2);
        setColspan(suggestions, 2);
        setColspan(ask, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));
        suggest();
    }

    void fill(ComplaintView v, CaseDetails details) {
        respondent.setValue(v.agency() ? AGENCY : details.debtsByPriority().stream()
                .filter(d -> d.details().lenderName().replaceAll("[\\s\\u3000]+", " ").strip()
                        .equals(v.respondentName())).findFirst().orElse(AGENCY));
        agencyName.setValue(v.agency() ? v.respondentName() : "");
        debt.setValue(v.debtId() == null ? null : details.debtsByPriority().stream()
                .filter(d -> d.id() == v.debtId()).findFirst().orElse(null));
        grievances.setValue(v.grievances());
        incidents.getListDataView().getItems().filter(f -> v.incidentIds().contains(f.id()))
                .forEach(incidents::select);
        channel.setValue(v.channel());
        ask.setValue(v.ask() == null ? "" : v.ask());
    }

    ComplaintDraft draft() {
        DebtLine lender = respondent.getValue();
        return new ComplaintDraft(lender == AGENCY ? null : lender.id(), lender == AGENCY ? agencyName.getValue() : null,
                debt.getValue() == null ? null : debt.getValue().id(), grievances.getValue(),
                incidents.getValue().stream().map(IncidentFact::id).collect(Collectors.toSet()), ask.getValue(),
                channel.getValue());
    }

    void lock(boolean readOnly) {
        respondent.setReadOnly(readOnly);
        agencyName.setReadOnly(readOnly);
        debt.setReadOnly(readOnly);
        grievances.setReadOnly(readOnly);
        incidents.setReadOnly(readOnly);
        channel.setReadOnly(readOnly);
        ask.setReadOnly(readOnly);
        suggestions.setVisible(!readOnly);
    }

    private void suggest() {
        suggestions.removeAll();
        DebtLine lender = respondent.getValue();
        LenderType type = lender == AGENCY ? null : lender.details().lenderType();
        Set<Grievance> all = EnumSet.noneOf(Grievance.class);
        all.addAll(grievances.getValue());
        incidents.getValue().forEach(f -> all.addAll(f.grievances()));
        suggestions.add(new Span(getTranslation("complaint.suggestions")));
        List<ChannelSuggestion> list = ChannelSuggestions.suggest(type, lender == AGENCY, all);
        if (list.isEmpty()) {
            suggestions.add(new Span(getTranslation("complaint.suggestions.none")));
        }
        for (ChannelSuggestion s : list) {
            Button pick = new Button(getTranslation("complaint.channel." + s.code()) + " — "
                    + getTranslation(s.reasonKey()), click -> channel.setValue(s.code()));
            pick.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            pick.setId("complaint-suggestion-" + s.code());
            suggestions.add(pick);
        }
    }
}
