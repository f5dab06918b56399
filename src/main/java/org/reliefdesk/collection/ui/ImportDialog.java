package org.reliefdesk.collection.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.reliefdesk.collection.ImportResult;
import org.reliefdesk.collection.IncidentService;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.UserFacingException;

/**
 * Pastes or uploads a day's call list (CSV: time, number, answered[, automated]) as attempts of
 * one collector. All lines or none: a bad line is named and nothing is saved.
 */
class ImportDialog extends Dialog {

    /** A call list of a few thousand lines is well under this. */
    private static final int MAX_BYTES = 1_000_000;

    private final TextArea text = new TextArea();
    private final Div result = new Div();

    ImportDialog(IncidentService incidents, long caseId, Runnable onImported) {
        setHeaderTitle(getTranslation("collection.import.title"));
        setId("import-dialog");
        setWidth("min(44rem, 100vw)");
        TextField collector = new TextField(getTranslation("collection.collectorName"));
        collector.setId("import-collector");
        collector.setWidthFull();
        Checkbox agency = new Checkbox(getTranslation("collection.agency"));
        agency.setId("import-agency");
        text.setLabel(getTranslation("collection.import.text"));
        text.setHelperText(getTranslation("collection.import.hint"));
        text.setPlaceholder("2026-11-20 22:15,13800138000,否\n2026-11-20 22:20,13800138000,否,是");
        text.setWidthFull();
        text.setMinHeight("12rem");
        text.setId("import-text");
        // The upload runs on its own request thread, without the session lock: hand the text to the UI.
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String content = IncidentService.callListText(bytes);
            if (ui != null) {
                ui.access(() -> text.setValue(content));
            }
        }));
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setId("import-upload");
        result.setId("import-result");

        Button run = new Button(getTranslation("collection.import.run"), click -> {
            result.removeAll();
            try {
                ImportResult done = incidents.importAttempts(caseId, collector.getValue(), agency.getValue(),
                        text.getValue());
                Notices.saved(getTranslation("collection.import.done", done.imported()));
                onImported.run();
                if (done.findings().isEmpty()) {
                    close();
                    return;
                }
                text.clear();
                done.findings().forEach(f -> {
                    Span line = new Span(Findings.text(f, this));
                    line.addClassName("incident-finding");
                    result.add(new Paragraph(line));
                });
            } catch (UserFacingException refusal) {
                Paragraph problem = new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments()));
                problem.addClassName("rd-warning");
                problem.setId("import-problem");
                result.add(problem);
            }
        });
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("import-run");
        Button cancel = new Button(getTranslation("collection.cancel"), click -> close());
        cancel.setId("import-cancel");
        add(collector, agency, text, upload, result);
        getFooter().add(cancel, run);
    }
}
