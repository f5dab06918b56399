package org.reliefdesk.negotiation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.reliefdesk.calls.CallFilter;
import org.reliefdesk.calls.CallRecord;
import org.reliefdesk.calls.CallService;
import org.reliefdesk.negotiation.NegotiationService;
import org.reliefdesk.negotiation.ProposalDraft;
import org.reliefdesk.negotiation.ProposalKind;
import org.reliefdesk.negotiation.ProposalSide;
import org.reliefdesk.negotiation.ProposalTerms;
import org.reliefdesk.negotiation.ProposalView;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.platform.Refusals;
import org.reliefdesk.shared.UserFacingException;
import org.springframework.data.domain.PageRequest;

/**
 * A new proposal, a counter-proposal or a draft being changed, with a live
 * affordability indicator that follows every field.
 */
class ProposalDialog extends Dialog {

    enum Mode { NEW, COUNTER, EDIT }

    private final Select<ProposalSide> side = new Select<>();
    private final DatePicker date = new DatePicker();
    private final CheckboxGroup<ProposalKind> kinds = new CheckboxGroup<>();
    private final IntegerField extension = new IntegerField();
    private final IntegerField count = new IntegerField();
    private final BigDecimalField discount = new BigDecimalField();
    private final DatePicker pauseFrom = new DatePicker();
    private final DatePicker pauseUntil = new DatePicker();
    private final MultiSelectComboBox<CallRecord> linkedCalls = new MultiSelectComboBox<>();
    private final AffordabilityIndicator indicator = new AffordabilityIndicator("proposal-affordability-indicator");
    private final Paragraph problem = new Paragraph();
    private final NegotiationService negotiation;
    private final long caseId;
    private final long debtId;

    /** @param base the proposal being edited or countered; null for a new one */
    ProposalDialog(NegotiationService negotiation, CallService calls, long caseId, long debtId, Mode mode,
            ProposalView base, LocalDate today, Consumer<ProposalView> onSaved) {
        this.negotiation = negotiation;
        this.caseId = caseId;
        this.debtId = debtId;
        setHeaderTitle(getTranslation("negotiation.dialog." + mode));
        setId("proposal-dialog");
        setWidth("min(52rem, 100vw)");
        side.setLabel(getTranslation("negotiation.side"));
        side.setItems(ProposalSide.values());
        side.setItemLabelGenerator(s -> getTranslation("negotiation.side." + s));
        side.setId("proposal-side");
        date.setLabel(getTranslation("negotiation.date"));
        date.setMax(today);
        date.setId("proposal-date");
        kinds.setLabel(getTranslation("negotiation.type"));
        kinds.setItems(ProposalKind.values());
        kinds.setItemLabelGenerator(k -> getTranslation("negotiation.kind." + k));
        kinds.setId("proposal-type");
        extension.setLabel(getTranslation("negotiation.extensionMonths"));
        extension.setId("proposal-extension");
        count.setLabel(getTranslation("negotiation.instalments"));
        count.setStepButtonsVisible(true);
        count.setMin(1);
        count.setId("proposal-count");
        discount.setLabel(getTranslation("negotiation.discountPercent"));
        discount.setId("proposal-discount");
        pauseFrom.setLabel(getTranslation("negotiation.pauseFrom"));
        pauseFrom.setId("proposal-pause-from");
        pauseUntil.setLabel(getTranslation("negotiation.pauseUntil"));
        pauseUntil.setId("proposal-pause-until");
        linkedCalls.setLabel(getTranslation("negotiation.calls"));
        linkedCalls.setItems(calls.calls(caseId, CallFilter.ALL, PageRequest.of(0, 50))
                .getContent());
        linkedCalls.setItemLabelGenerator(c -> CallLabel.of(this, c));
        linkedCalls.setId("proposal-calls");
        problem.addClassName("rd-warning");
        problem.setId("proposal-problem");

        // Hints only; the service checks the same window (decision 009).
        pauseFrom.setMin(today.minusYears(1));
        pauseUntil.setMax(today.plusMonths(13));
        if (mode == Mode.EDIT) {
            fill(base, calls);
            // A draft keeps its side: a lender proposal is recorded as sent, never as a draft.
            side.setReadOnly(true);
        } else {
            side.setValue(mode == Mode.COUNTER ? base.side().other() : ProposalSide.CLIENT);
            date.setValue(today);
            kinds.setValue(mode == Mode.COUNTER ? base.terms().kinds() : EnumSet.of(ProposalKind.INSTALMENTS));
            if (mode == Mode.COUNTER) {
                fillTerms(base.terms());
            }
        }
        for (var field : List.<HasValue<?, ?>>of(kinds, extension, count, discount, pauseFrom, pauseUntil)) {
            field.addValueChangeListener(change -> refresh());
        }
        // The light follows typing, without a round trip per keystroke.
        for (var field : List.of(extension, count)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        discount.setValueChangeMode(ValueChangeMode.LAZY);

        FormLayout form = new FormLayout(side, date, kinds, extension, count, discount, pauseFrom, pauseUntil,
                linkedCalls);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(kinds, 2);
        form.setColspan(linkedCalls, 2);
        add(form, indicator, problem);
        refresh();

        Button save = new Button(getTranslation("negotiation.save"), click -> {
            List.<HasValidation>of(date, extension, count, discount, pauseUntil).forEach(f -> f.setInvalid(false));
            problem.setText("");
            ProposalDraft draft = new ProposalDraft(side.getValue(), date.getValue(), terms(),
                    linkedCalls.getValue().stream().map(CallRecord::id).collect(Collectors.toSet()));
            ProposalView saved;
            try {
                saved = switch (mode) {
                    case NEW -> negotiation.propose(caseId, debtId, draft);
                    case COUNTER -> negotiation.counter(caseId, base.id(), base.version(), draft);
                    case EDIT -> negotiation.edit(caseId, base.id(), base.version(), draft);
                };
            } catch (UserFacingException refusal) {
                show(refusal);
                return;
            }
            Notices.saved(getTranslation("negotiation.saved"));
            close();
            onSaved.accept(saved);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("proposal-save");
        Button cancel = new Button(getTranslation("negotiation.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private ProposalTerms terms() {
        Set<ProposalKind> k = kinds.getValue();
        return new ProposalTerms(
                k.contains(ProposalKind.EXTENSION) ? orZero(extension.getValue()) : null,
                k.contains(ProposalKind.INSTALMENTS) ? orZero(count.getValue()) : null,
                k.contains(ProposalKind.WAIVE_PENALTY_INTEREST), k.contains(ProposalKind.WAIVE_LATE_FEES),
                k.contains(ProposalKind.DISCOUNT) ? (discount.getValue() == null ? java.math.BigDecimal.ZERO
                        : discount.getValue()) : null,
                k.contains(ProposalKind.PAUSE) ? pauseFrom.getValue() : null,
                k.contains(ProposalKind.PAUSE) ? pauseUntil.getValue() : null);
    }

    /** Shows only the fields of the chosen kinds, and checks the terms against the budget as they are. */
    private void refresh() {
        Set<ProposalKind> k = kinds.getValue();
        extension.setVisible(k.contains(ProposalKind.EXTENSION));
        count.setVisible(k.contains(ProposalKind.INSTALMENTS));
        discount.setVisible(k.contains(ProposalKind.DISCOUNT));
        pauseFrom.setVisible(k.contains(ProposalKind.PAUSE));
        pauseUntil.setVisible(k.contains(ProposalKind.PAUSE));
        try {
            indicator.show(negotiation.assess(caseId, debtId, terms()));
        } catch (UserFacingException incomplete) {
            indicator.clear(getTranslation(incomplete.messageKey(), incomplete.arguments()));
        }
    }

    private void fill(ProposalView p, CallService calls) {
        side.setValue(p.side());
        date.setValue(p.proposedOn());
        kinds.setValue(p.terms().kinds());
        fillTerms(p.terms());
        if (!p.callIds().isEmpty()) {
            linkedCalls.setValue(Set.copyOf(calls.callsOfCase(caseId, p.callIds())));
        }
    }

    private void fillTerms(ProposalTerms t) {
        extension.setValue(t.extensionMonths());
        count.setValue(t.instalments());
        discount.setValue(t.discountPercent());
        pauseFrom.setValue(t.pauseFrom());
        pauseUntil.setValue(t.pauseUntil());
    }

    private void show(UserFacingException refusal) {
        Refusals.show(refusal, this, key -> switch (key) {
            case "negotiation.error.date" -> date;
            case "negotiation.error.extension" -> extension;
            case "negotiation.error.instalments" -> count;
            case "negotiation.error.discount" -> discount;
            case "negotiation.error.pauseDates" -> pauseUntil;
            default -> null;
        }, problem);
    }

    private static Integer orZero(Integer value) {
        return value == null ? 0 : value;
    }

    AffordabilityIndicator indicator() {
        return indicator;
    }
}
