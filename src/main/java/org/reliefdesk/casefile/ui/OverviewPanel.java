package org.reliefdesk.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.MoveOption;
import org.reliefdesk.security.AccountService;
import org.reliefdesk.security.AccountSummary;

/** Where the case stands, what it may do next, and for each blocked move why not. */
class OverviewPanel extends VerticalLayout {

    OverviewPanel(CaseService cases, AccountService accounts, boolean admin, CaseDetails details,
            Consumer<CaseDetails> onChange) {
        setPadding(false);
        add(new H3(getTranslation("case.moves")));
        for (MoveOption move : details.moves()) {
            Button button = new Button(getTranslation("stage.kind." + move.kind()) + " → "
                    + getTranslation("stage." + move.to()));
            button.setId("move-" + move.to().name().toLowerCase());
            button.setEnabled(move.possible());
            if (move.to().step() == details.stage().step() + 1 && move.possible()) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            button.addClickListener(click -> {
                if (move.needsReason()) {
                    askReason(cases, details, move, onChange);
                } else {
                    Feedback.apply(this, () -> cases.moveStage(details.id(), details.version(), move.to(), null),
                            onChange);
                }
            });
            Div row = new Div(button);
            row.addClassName("rd-move");
            if (!move.possible()) {
                UnorderedList reasons = new UnorderedList();
                reasons.addClassName("rd-blockers");
                move.blockers().forEach(b -> reasons.add(new ListItem(
                        getTranslation(b.messageKey(), b.arguments().toArray()))));
                row.add(reasons);
            }
            add(row);
        }
        String counsellor = details.counsellorUsername() == null ? getTranslation("caseload.unassigned")
                : accounts.displayNameOf(details.counsellorUsername());
        Paragraph assigned = new Paragraph(getTranslation("case.counsellor", counsellor));
        assigned.setId("case-counsellor");
        add(assigned);
        if (admin) {
            add(assignment(cases, accounts, details, onChange));
        }
    }

    private HorizontalLayout assignment(CaseService cases, AccountService accounts, CaseDetails details,
            Consumer<CaseDetails> onChange) {
        Select<String> counsellor = new Select<>();
        counsellor.setLabel(getTranslation("case.assignTo"));
        counsellor.setItems(accounts.activeCounsellors().stream().map(AccountSummary::username).toList());
        counsellor.setValue(details.counsellorUsername());
        counsellor.setId("assign-counsellor");
        Button assign = new Button(getTranslation("case.assign"), click -> Feedback.apply(this,
                () -> cases.assign(details.id(), details.version(), counsellor.getValue()), onChange));
        assign.setId("assign");
        HorizontalLayout row = new HorizontalLayout(counsellor, assign);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return row;
    }

    private void askReason(CaseService cases, CaseDetails details, MoveOption move, Consumer<CaseDetails> onChange) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("stage.kind." + move.kind()) + " → " + getTranslation("stage." + move.to()));
        TextArea reason = new TextArea(getTranslation("case.reason"));
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setId("move-reason");
        dialog.add(reason);
        Button confirm = new Button(getTranslation("case.confirmMove"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("stage.blocked.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            if (Feedback.apply(this, () -> cases.moveStage(details.id(), details.version(), move.to(),
                    reason.getValue()), onChange)) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-move");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }
}
