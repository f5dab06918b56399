package org.reliefdesk.requests.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.Map;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.platform.Refusals;
import org.reliefdesk.requests.DocumentRequestDraft;
import org.reliefdesk.requests.RequestService;
import org.reliefdesk.shared.UserFacingException;

/** Asking the client for a document: what it is, in words, and by when. */
class AskDialog extends Dialog {

    AskDialog(RequestService requests, long caseId, Runnable onSaved) {
        setHeaderTitle(getTranslation("requests.ask"));
        setId("requests-ask-dialog");
        Select<EvidenceCategory> category = new Select<>();
        category.setId("requests-ask-category");
        category.setLabel(getTranslation("requests.col.category"));
        category.setItems(Arrays.stream(EvidenceCategory.values()).filter(EvidenceCategory::clientMayUpload).toList());
        category.setItemLabelGenerator(c -> getTranslation("evidence.category." + c));
        category.setValue(EvidenceCategory.OTHER);
        TextArea description = new TextArea(getTranslation("requests.col.description"));
        description.setId("requests-ask-description");
        description.setMaxLength(1000);
        description.setWidthFull();
        description.setHelperText(getTranslation("requests.ask.hint"));
        DatePicker due = new DatePicker(getTranslation("requests.col.due"), requests.today().plusDays(7));
        due.setMin(requests.today());
        due.setId("requests-ask-due");
        Paragraph problem = new Paragraph();
        problem.addClassName("rd-warning");
        VerticalLayout body = new VerticalLayout(category, description, due, problem);
        body.setPadding(false);
        add(body);
        Map<String, HasValidation> fields = Map.of("requests.error.category", category,
                "requests.error.description", description, "requests.error.due", due);
        Button save = new Button(getTranslation("requests.ask.save"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            problem.setText("");
            try {
                requests.ask(caseId, new DocumentRequestDraft(category.getValue(), description.getValue(),
                        due.getValue()));
            } catch (UserFacingException refusal) {
                Refusals.show(refusal, this, fields, problem);
                return;
            }
            Notices.saved(getTranslation("requests.saved"));
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("requests-ask-save");
        getFooter().add(new Button(getTranslation("requests.close"), click -> close()), save);
    }
}
