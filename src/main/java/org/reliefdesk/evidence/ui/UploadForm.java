package org.reliefdesk.evidence.ui;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.function.Consumer;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.EvidenceUploadHandler;
import org.reliefdesk.evidence.EvidenceUploads;

/** Category, description and a drag-and-drop upload with progress; each file is stored as it arrives. */
class UploadForm extends VerticalLayout {

    UploadForm(EvidenceService evidence, long caseId, List<EvidenceCategory> categories,
            Consumer<EvidenceItem> onSaved) {
        this(evidence, caseId, categories, onSaved, false);
    }

    /** With {@code phone}: the fields one above the other, full width (the client's page). */
    UploadForm(EvidenceService evidence, long caseId, List<EvidenceCategory> categories,
            Consumer<EvidenceItem> onSaved, boolean phone) {
        setPadding(false);
        setSpacing(false);
        setId("evidence-upload-form");
        Select<EvidenceCategory> category = new Select<>();
        category.setId("evidence-upload-category");
        category.setLabel(getTranslation("evidence.upload.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(c -> getTranslation("evidence.category." + c));
        category.setValue(categories.contains(EvidenceCategory.OTHER) ? EvidenceCategory.OTHER : categories.getFirst());
        TextField description = new TextField(getTranslation("evidence.upload.description"));
        description.setId("evidence-upload-description");
        description.setMaxLength(1000);
        if (phone) {
            category.setWidthFull();
            description.setWidthFull();
        } else {
            description.setWidth("24rem");
        }

        EvidenceUploadHandler handler = new EvidenceUploadHandler(evidence, caseId,
                new EvidenceUploadHandler.Settings(category.getValue(), null, List.<EvidenceTarget>of()), onSaved);
        Runnable sync = () -> handler.settings(new EvidenceUploadHandler.Settings(category.getValue(),
                description.getValue(), List.of()));
        category.addValueChangeListener(change -> sync.run());
        description.addValueChangeListener(change -> sync.run());
        Upload upload = EvidenceUploads.upload(handler, evidence.maxSizeBytes());
        upload.setId("evidence-upload");
        Span hint = new Span(getTranslation("evidence.upload.hint", EvidenceUploads.megabytes(evidence.maxSizeBytes())));
        add(new H4(getTranslation("evidence.upload.title")));
        if (phone) {
            addClassName("rd-portal-upload");
            upload.addClassName("rd-portal-upload");
            hint.addClassName("rd-portal-hint");
            add(category, description);
        } else {
            add(new HorizontalLayout(category, description));
        }
        add(upload, hint);
    }
}
