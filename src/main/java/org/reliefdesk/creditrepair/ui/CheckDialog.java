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
import java.time.Clock;
import java.util.Map;
import org.reliefdesk.creditrepair.CheckSource;
import org.reliefdesk.creditrepair.CreditCheckDraft;
import org.reliefdesk.creditrepair.CreditCheckView;
import org.reliefdesk.creditrepair.CreditRepairService;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.platform.Refusals;
import org.reliefdesk.shared.UserFacingException;

/** Records a credit report check, or corrects one and holds its report file from the evidence vault. */
class CheckDialog extends Dialog {

    private final DatePicker date = new DatePicker();
    private final Select<CheckSource> source = new Select<>();
    private final TextArea findings = new TextArea();
    private final Paragraph problem = new Paragraph();

    CheckDialog(CreditRepairService credit, EvidenceService evidence, long caseId, Clock clock,
            CreditCheckView existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "creditrepair.check.new" : "creditrepair.check.details"));
        setId("credit-check-dialog");
        setWidth("min(40rem, 100vw)");
        date.setLabel(getTranslation("creditrepair.check.date"));
        date.setMax(Countdowns.today(clock));
        date.setId("credit-check-date");
        source.setLabel(getTranslation("creditrepair.check.source"));
        source.setItems(CheckSource.values());
        source.setItemLabelGenerator(s -> getTranslation("creditrepair.source." + s));
        source.setId("credit-check-source");
        findings.setLabel(getTranslation("creditrepair.check.findings"));
        findings.setMaxLength(4000);
        findings.setId("credit-check-findings");
        problem.addClassName("rd-warning");
        if (existing == null) {
            date.setValue(Countdowns.today(clock));
            source.setValue(CheckSource.PBOC_REPORT);
        } else {
            date.setValue(existing.checkedOn());
            source.setValue(existing.source());
            findings.setValue(existing.findings() == null ? "" : existing.findings());
        }
        FormLayout form = new FormLayout(date, source, findings);
        form.setColspan(findings, 2);
        add(form, problem);
        if (existing != null) {
            add(Attachments.forCheck(evidence, caseId, existing.id()));
        }
        Map<String, HasValidation> fields = Map.of("creditrepair.error.checkedOn", date,
                "creditrepair.error.source", source, "creditrepair.error.findings", findings);
        Button save = new Button(getTranslation("creditrepair.save"), click -> {
            Refusals.clear(fields, problem);
            CreditCheckDraft draft = new CreditCheckDraft(date.getValue(), source.getValue(), findings.getValue());
            try {
                if (existing == null) {
                    credit.recordCheck(caseId, draft);
                } else {
                    credit.correctCheck(caseId, existing.id(), existing.version(), draft);
                }
            } catch (UserFacingException refusal) {
                Refusals.show(refusal, this, fields, problem);
                return;
            }
            Notices.saved(getTranslation("creditrepair.check.saved"));
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("credit-check-save");
        Button cancel = new Button(getTranslation("creditrepair.cancel"), click -> close());
        getFooter().add(cancel, save);
    }
}
