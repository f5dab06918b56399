package org.reliefdesk.court.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import org.reliefdesk.court.Answer;
import org.reliefdesk.court.ChecklistAnswers;
import org.reliefdesk.court.ChecklistView;
import org.reliefdesk.court.CourtDeadlines;
import org.reliefdesk.court.CourtService;
import org.reliefdesk.court.LegalActionStatus;
import org.reliefdesk.court.RateCheck;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.platform.Refusals;
import org.reliefdesk.shared.UserFacingException;

/**
 * The counsellor's checklist on a legal action: the lender's licence (with the debt's lender type),
 * the true rate against its caps (read from module rates, never typed), unfair terms, and the
 * limitation period with its computed expiry.
 */
class ChecklistDialog extends Dialog {

    ChecklistDialog(CourtService court, long caseId, long actionId, LocalDate today, Runnable onSaved) {
        ChecklistView view = court.checklist(caseId, actionId);
        ChecklistAnswers saved = view.action().checklist();
        setHeaderTitle(getTranslation("court.checklist.title", view.action().lenderName(),
                getTranslation("court.type." + view.action().details().type())));
        setId("court-checklist-dialog");
        setWidth("min(48rem, 100vw)");

        Paragraph lenderType = new Paragraph(getTranslation("court.checklist.lenderType",
                getTranslation("lender." + view.lenderType())));
        lenderType.setId("court-check-lender-type");
        RadioButtonGroup<Answer> licensed = answer("court.checklist.licensed", "court-check-licensed",
                saved.licensed());
        TextField licensedNote = note("court-check-licensed-note", saved.licensedNote());
        Paragraph rate = new Paragraph(rate(view.rate()));
        rate.setId("court-check-rate");
        if (view.rate().exceedsAny()) {
            rate.addClassName("rd-warning");
            rate.getElement().setAttribute("data-exceeded", "true");
        }
        RadioButtonGroup<Answer> unfair = answer("court.checklist.unfair", "court-check-unfair", saved.unfairTerms());
        TextField unfairNote = note("court-check-unfair-note", saved.unfairTermsNote());
        DatePicker limitationFrom = new DatePicker(getTranslation("court.checklist.limitationFrom"));
        limitationFrom.setHelperText(getTranslation("court.checklist.limitationHint"));
        limitationFrom.setMax(today);
        limitationFrom.setId("court-check-limitation-from");
        Span expiry = new Span();
        expiry.setId("court-check-limitation-expiry");
        limitationFrom.addValueChangeListener(change -> expiry.setText(expiry(change.getValue(), today)));
        limitationFrom.setValue(saved.limitationFrom() != null ? saved.limitationFrom()
                : view.suggestedLimitationFrom());
        expiry.setText(expiry(limitationFrom.getValue(), today));

        FormLayout form = new FormLayout(licensed, licensedNote, unfair, unfairNote, limitationFrom, expiry);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        Paragraph problem = new Paragraph();
        problem.addClassName("rd-warning");
        problem.setId("court-check-problem");
        Paragraph internal = new Paragraph(getTranslation("court.checklist.internal"));
        internal.addClassName("rd-hint");
        add(lenderType, rate, form, internal, problem);

        Button save = new Button(getTranslation("court.save"), click -> {
            try {
                court.saveChecklist(caseId, actionId, view.action().version(), new ChecklistAnswers(
                        licensed.getValue(), licensedNote.getValue(), unfair.getValue(), unfairNote.getValue(),
                        limitationFrom.getValue()));
            } catch (UserFacingException refusal) {
                Refusals.show(refusal, this, key -> null, problem);
                return;
            }
            Notices.saved(getTranslation("court.saved"));
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("court-check-save");
        save.setEnabled(view.action().status() == LegalActionStatus.OPEN);
        Button cancel = new Button(getTranslation("court.cancel"), click -> close());
        cancel.setId("court-check-cancel");
        getFooter().add(cancel, save);
    }

    private RadioButtonGroup<Answer> answer(String labelKey, String id, Answer value) {
        RadioButtonGroup<Answer> group = new RadioButtonGroup<>(getTranslation(labelKey));
        group.setItems(Answer.values());
        group.setItemLabelGenerator(a -> getTranslation("court.answer." + a));
        group.setValue(value);
        group.setId(id);
        return group;
    }

    private TextField note(String id, String value) {
        TextField note = new TextField(getTranslation("court.checklist.note"));
        note.setMaxLength(1000);
        note.setValue(value == null ? "" : value);
        note.setId(id);
        return note;
    }

    /** "36.5% > 24% (…) · 36.5% ≤ 36% …", from the rates module's figures. */
    private String rate(RateCheck check) {
        if (!check.rate().exists()) {
            return getTranslation("court.checklist.rate.none");
        }
        String actual = percent(check.rate().linePercent());
        if (check.lines().isEmpty()) {
            return getTranslation("court.checklist.rate.noLine", actual);
        }
        return check.lines().stream().map(c -> getTranslation(c.exceeded() ? "court.checklist.rate.over"
                        : "court.checklist.rate.within", actual, percent(c.line().ratePercent()),
                        c.line().rule(getLocale())))
                .collect(Collectors.joining(" · "));
    }

    private String expiry(LocalDate from, LocalDate today) {
        if (from == null) {
            return getTranslation("court.checklist.limitation.unknown");
        }
        LocalDate last = CourtDeadlines.limitationExpiry(from);
        long left = ChronoUnit.DAYS.between(today, last);
        return left < 0 ? getTranslation("court.checklist.limitation.expired", last.toString())
                : getTranslation("court.checklist.limitation.runs", last.toString(), left);
    }

    static String percent(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
    }
}
