package org.reliefdesk.evidence;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import org.reliefdesk.shared.UserFacingException;
import org.springframework.data.domain.PageRequest;

/**
 * The evidence linked to one call, proposal, complaint or agreement, for embedding
 * in that module's dialog: each item can be downloaded or opened, and staff link an
 * existing file of the case or upload a new one linked to the target.
 * <p>
 * Ids: {@code evidence-attachments} (this), {@code evidence-attachment-<itemId>} (a row),
 * {@code evidence-attachment-download-<itemId>}, {@code evidence-attachment-open-<itemId>},
 * {@code evidence-attachment-unlink-<itemId>}, {@code evidence-attach-existing} (a combo box),
 * {@code evidence-attach-link}, {@code evidence-attach-category}, {@code evidence-attach-upload}.
 */
public class EvidenceAttachments extends VerticalLayout {

    /** How many of the case's items the "link existing" box offers, newest first. */
    private static final int CHOICES = 200;

    private final transient EvidenceService evidence;
    private final long caseId;
    private final EvidenceTarget target;
    private final VerticalLayout list = new VerticalLayout();
    private final ComboBox<EvidenceItem> existing = new ComboBox<>();

    public EvidenceAttachments(EvidenceService evidence, long caseId, EvidenceTarget target) {
        this.evidence = evidence;
        this.caseId = caseId;
        this.target = target;
        setId("evidence-attachments");
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);

        existing.setId("evidence-attach-existing");
        existing.setPlaceholder(getTranslation("evidence.attachments.existing"));
        existing.setItemLabelGenerator(i -> i.originalName() + " · " + getTranslation("evidence.category." + i.category()));
        existing.setWidth("20rem");
        Button link = new Button(getTranslation("evidence.attachments.link"), VaadinIcon.LINK.create(), click -> {
            if (existing.getValue() != null) {
                change(() -> evidence.link(caseId, existing.getValue().id(), target));
            }
        });
        link.setId("evidence-attach-link");

        Select<EvidenceCategory> category = new Select<>();
        category.setId("evidence-attach-category");
        category.setItems(EvidenceCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("evidence.category." + c));
        category.setValue(target.kind() == EvidenceTarget.Kind.CALL ? EvidenceCategory.CALL_RECORDING
                : EvidenceCategory.OTHER);
        EvidenceUploadHandler handler = new EvidenceUploadHandler(evidence, caseId, settings(category.getValue()),
                item -> refresh());
        category.addValueChangeListener(change -> handler.settings(settings(change.getValue())));
        Upload upload = EvidenceUploads.upload(handler, evidence.maxSizeBytes());
        upload.setId("evidence-attach-upload");

        HorizontalLayout linkRow = new HorizontalLayout(existing, link);
        linkRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H4(getTranslation("evidence.attachments.title")), list, linkRow, category, upload);
        refresh();
    }

    private EvidenceUploadHandler.Settings settings(EvidenceCategory category) {
        return new EvidenceUploadHandler.Settings(category, null, List.of(target));
    }

    /** Reloads the linked items and the choices. */
    public void refresh() {
        list.removeAll();
        List<EvidenceItem> linked = evidence.linkedTo(caseId, target);
        if (linked.isEmpty()) {
            Span none = new Span(getTranslation("evidence.attachments.none"));
            none.setId("evidence-attachments-none");
            list.add(none);
        }
        linked.forEach(item -> list.add(row(item)));
        existing.setItems(evidence.list(caseId, EvidenceFilter.none(), PageRequest.of(0, CHOICES)).getContent()
                .stream().filter(i -> !i.linkedTo(target)).toList());
    }

    private HorizontalLayout row(EvidenceItem item) {
        Anchor download = new Anchor(EvidenceDownloads.handler(evidence, caseId, item.id(), ReadPurpose.DOWNLOAD),
                AttachmentType.DOWNLOAD, item.originalName());
        download.setId("evidence-attachment-download-" + item.id());
        HorizontalLayout row = new HorizontalLayout(VaadinIcon.PAPERCLIP.create(), download,
                new Span(getTranslation("evidence.category." + item.category())));
        row.setId("evidence-attachment-" + item.id());
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        if (item.previewable() || item.playable()) {
            Anchor open = new Anchor(EvidenceDownloads.handler(evidence, caseId, item.id(),
                    item.playable() ? ReadPurpose.PLAY : ReadPurpose.PREVIEW), AttachmentType.INLINE,
                    getTranslation(item.playable() ? "evidence.play" : "evidence.preview"));
            open.setTarget(AnchorTarget.BLANK);
            open.setId("evidence-attachment-open-" + item.id());
            row.add(open);
        }
        Button unlink = new Button(VaadinIcon.UNLINK.create(), click -> change(() -> evidence.unlink(caseId, item.id(),
                target)));
        unlink.setId("evidence-attachment-unlink-" + item.id());
        unlink.setTooltipText(getTranslation("evidence.attachments.unlink"));
        unlink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(unlink);
        return row;
    }

    private void change(Runnable change) {
        try {
            change.run();
            existing.clear();
            refresh();
        } catch (UserFacingException e) {
            EvidenceUploadHandler.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }
}
