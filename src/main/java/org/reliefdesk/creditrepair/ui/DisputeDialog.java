package org.reliefdesk.creditrepair.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.reliefdesk.creditrepair.CreditRepairService;
import org.reliefdesk.creditrepair.DisputeDraft;
import org.reliefdesk.creditrepair.DisputeParty;
import org.reliefdesk.creditrepair.NegativeEntryView;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.platform.Refusals;
import org.reliefdesk.shared.UserFacingException;

/** Files a dispute of a wrong entry; its answer's due date comes from the rule in force on the filed date. */
class DisputeDialog extends Dialog {

    private final DatePicker filed = new DatePicker();
    private final TextArea text = new TextArea();
    private final Select<NegativeEntryView> entry = new Select<>();
    private final Select<DisputeParty> party = new Select<>();
    private final TextField institution = new TextField();
    private final Paragraph problem = new Paragraph();

    DisputeDialog(CreditRepairService credit, long caseId, Clock clock, List<NegativeEntryView> entries,
            Runnable onSaved) {
        setHeaderTitle(getTranslation("creditrepair.dispute.new"));
        setId("credit-dispute-dialog");
        setWidth("min(40rem, 100vw)");
        filed.setLabel(getTranslation("creditrepair.dispute.filed"));
        filed.setValue(Countdowns.today(clock));
        filed.setMax(Countdowns.today(clock));
        filed.setId("credit-dispute-filed");
        text.setLabel(getTranslation("creditrepair.dispute.text"));
        text.setMaxLength(2000);
        text.setId("credit-dispute-text");
        entry.setLabel(getTranslation("creditrepair.dispute.entry"));
        entry.setItems(entries);
        entry.setEmptySelectionAllowed(true);
        entry.setEmptySelectionCaption(getTranslation("creditrepair.dispute.entry.none"));
        entry.setItemLabelGenerator(e -> e == null ? getTranslation("creditrepair.dispute.entry.none")
                : e.lenderName() + " · " + getTranslation("creditrepair.kind." + e.kind()));
        entry.setId("credit-dispute-entry");
        party.setLabel(getTranslation("creditrepair.dispute.party"));
        party.setItems(DisputeParty.values());
        party.setItemLabelGenerator(p -> getTranslation("creditrepair.party." + p));
        party.setValue(DisputeParty.CREDIT_CENTRE);
        party.setId("credit-dispute-party");
        institution.setLabel(getTranslation("creditrepair.dispute.institution"));
        institution.setMaxLength(200);
        institution.setId("credit-dispute-institution");
        institution.setEnabled(false);
        party.addValueChangeListener(change -> institution.setEnabled(
                change.getValue() == DisputeParty.REPORTING_INSTITUTION));
        problem.addClassName("rd-warning");
        Paragraph rule = new Paragraph(credit.rules().inForce(org.reliefdesk.creditrepair.RuleCode.DISPUTE_ANSWER_DAYS,
                Countdowns.today(clock)).map(r -> getTranslation("creditrepair.rule.answer", r.amount(), r.source()))
                .orElse(""));
        rule.addClassName("rd-muted");
        FormLayout form = new FormLayout(filed, party, entry, institution, text);
        form.setColspan(text, 2);
        add(form, rule, problem);
        Map<String, HasValidation> fields = Map.of("creditrepair.error.filedOn", filed, "creditrepair.error.disputed",
                text, "creditrepair.error.party", party, "creditrepair.error.institution", institution);
        Button save = new Button(getTranslation("creditrepair.save"), click -> {
            Refusals.clear(fields, problem);
            try {
                credit.fileDispute(caseId, new DisputeDraft(filed.getValue(), text.getValue(),
                        entry.getValue() == null ? null : entry.getValue().id(), party.getValue(),
                        institution.isEnabled() ? institution.getValue() : null));
            } catch (UserFacingException refusal) {
                Refusals.show(refusal, this, fields, problem);
                return;
            }
            Notices.saved(getTranslation("creditrepair.dispute.saved"));
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("credit-dispute-save");
        getFooter().add(new Button(getTranslation("creditrepair.cancel"), click -> close()), save);
    }
}
