package org.reliefdesk.court.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.court.CourtDeadlines;
import org.reliefdesk.court.CourtService;
import org.reliefdesk.court.LegalActionDetails;
import org.reliefdesk.court.LegalActionType;
import org.reliefdesk.court.LegalActionView;
import org.reliefdesk.evidence.EvidenceAttachments;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.platform.Refusals;
import org.reliefdesk.shared.UserFacingException;

/** Adds a legal action, or shows and corrects one with its papers in the evidence vault. */
class LegalActionDialog extends Dialog {

    private final Select<DebtLine> debt = new Select<>();
    private final Select<LegalActionType> type = new Select<>();
    private final TextField court = new TextField();
    private final TextField caseNumber = new TextField();
    private final DatePicker servedOn = new DatePicker();
    private final TextArea note = new TextArea();
    private final Paragraph problem = new Paragraph();

    LegalActionDialog(CourtService service, EvidenceService evidence, CaseDetails details, Clock clock,
            LegalActionView existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "court.add" : "court.correct"));
        setId("court-dialog");
        setWidth("min(48rem, 100vw)");
        LocalDate today = LocalDate.now(clock.withZone(CourtDeadlines.BEIJING));
        debt.setLabel(getTranslation("court.debt"));
        debt.setItems(details.debtsByPriority());
        debt.setItemLabelGenerator(d -> d == null ? "" : d.details().lenderName());
        debt.setId("court-debt");
        type.setLabel(getTranslation("court.type"));
        type.setItems(LegalActionType.values());
        type.setItemLabelGenerator(t -> getTranslation("court.type." + t));
        type.setId("court-type");
        court.setLabel(getTranslation("court.court"));
        court.setMaxLength(200);
        court.setId("court-court");
        caseNumber.setLabel(getTranslation("court.caseNumber"));
        caseNumber.setPlaceholder("(2026)京0105民初12345号");
        caseNumber.setHelperText(getTranslation("court.caseNumber.hint"));
        caseNumber.setId("court-case-number");
        servedOn.setLabel(getTranslation("court.servedOn"));
        servedOn.setMax(today);
        servedOn.setId("court-served-on");
        note.setLabel(getTranslation("court.note"));
        note.setMaxLength(2000);
        note.setHelperText(getTranslation("court.note.internal"));
        note.setId("court-note");
        problem.addClassName("rd-warning");
        problem.setId("court-problem");

        if (existing == null) {
            debt.setValue(details.debtsByPriority().isEmpty() ? null : details.debtsByPriority().getFirst());
            type.setValue(LegalActionType.CIVIL_COMPLAINT);
            servedOn.setValue(today);
        } else {
            LegalActionDetails d = existing.details();
            debt.setValue(details.debtsByPriority().stream().filter(l -> l.id() == d.debtId()).findFirst()
                    .orElse(null));
            type.setValue(d.type());
            court.setValue(d.court());
            caseNumber.setValue(d.caseNumber() == null ? "" : d.caseNumber());
            servedOn.setValue(d.servedOn());
            note.setValue(d.note() == null ? "" : d.note());
        }
        FormLayout form = new FormLayout(debt, type, court, caseNumber, servedOn, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(note, 2);
        add(form, problem);
        if (existing != null) {
            Paragraph rule = new Paragraph(Texts.deadlineText(this, existing, today) + " — "
                    + existing.rule().text(getLocale()) + " " + getTranslation("court.rule.source",
                    existing.rule().source()));
            rule.setId("court-rule-text");
            rule.addClassName("rd-hint");
            // The served papers (complaint, summons, payment order...) are kept in the evidence vault.
            VerticalLayout papers = new VerticalLayout(rule,
                    new EvidenceAttachments(evidence, details.id(), EvidenceTarget.legalAction(existing.id())));
            papers.setId("court-evidence");
            papers.setPadding(false);
            add(papers);
        }

        Button save = new Button(getTranslation(existing == null ? "court.save" : "court.saveCorrection"), click -> {
            List.<HasValidation>of(debt, type, court, caseNumber, servedOn, note).forEach(f -> f.setInvalid(false));
            problem.setText("");
            LegalActionDetails entered = new LegalActionDetails(debt.getValue() == null ? 0 : debt.getValue().id(),
                    type.getValue(), court.getValue(), caseNumber.getValue(), servedOn.getValue(), note.getValue());
            try {
                if (existing == null) {
                    service.add(details.id(), entered);
                } else {
                    service.correct(details.id(), existing.id(), existing.version(), entered);
                }
            } catch (UserFacingException refusal) {
                show(refusal);
                return;
            }
            Notices.saved(getTranslation("court.saved"));
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("court-save");
        Button cancel = new Button(getTranslation("court.cancel"), click -> close());
        cancel.setId("court-cancel");
        getFooter().add(cancel, save);
    }

    private void show(UserFacingException refusal) {
        Refusals.show(refusal, this, key -> switch (key) {
            case "court.error.debt" -> debt;
            case "court.error.type" -> type;
            case "court.error.court" -> court;
            case "court.error.caseNumber" -> caseNumber;
            case "court.error.servedOn", "court.error.servedOnFuture", "court.error.noRule" -> servedOn;
            case "court.error.note" -> note;
            default -> null;
        }, problem);
    }
}
