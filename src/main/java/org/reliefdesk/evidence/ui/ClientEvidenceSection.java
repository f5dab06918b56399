package org.reliefdesk.evidence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Arrays;
import org.reliefdesk.casefile.ClientCaseSection;
import org.reliefdesk.casefile.ClientCaseStatus;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.evidence.EvidenceDownloads;
import org.reliefdesk.evidence.EvidenceFilter;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.ReadPurpose;
import org.reliefdesk.platform.Cards;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * On the client's own page: an upload, then the files they sent and those shared with them,
 * one card each with a full-width download (the client is on a phone).
 */
@org.springframework.stereotype.Component
class ClientEvidenceSection implements ClientCaseSection {

    private static final int PAGE = 50;

    private final EvidenceService evidence;

    ClientEvidenceSection(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public Component create(ClientCaseStatus status) {
        Div section = Cards.section("client-evidence");
        Div list = Cards.list("client-evidence-grid");
        UploadForm upload = new UploadForm(evidence, status.id(),
                Arrays.stream(EvidenceCategory.values()).filter(EvidenceCategory::clientMayUpload).toList(), item -> {
                    Texts.saved(section, item);
                    fill(list, status.id());
                }, true);
        fill(list, status.id());
        section.add(new H3(section.getTranslation("evidence.client.title")),
                new Paragraph(section.getTranslation("evidence.client.intro")), upload, list);
        return section;
    }

    /** Every file the client may see: a client's files on one case are few, read a page at a time. */
    private void fill(Div list, long caseId) {
        list.removeAll();
        Pageable page = PageRequest.of(0, PAGE);
        Slice<EvidenceItem> slice;
        do {
            slice = evidence.list(caseId, EvidenceFilter.none(), page);
            slice.forEach(i -> list.add(card(list, caseId, i)));
            page = page.next();
        } while (slice.hasNext());
    }

    private Cards.Card card(Component in, long caseId, EvidenceItem item) {
        Anchor download = new Anchor(EvidenceDownloads.handler(evidence, caseId, item.id(), ReadPurpose.DOWNLOAD),
                AttachmentType.DOWNLOAD, in.getTranslation("evidence.download"));
        download.setId("evidence-download-" + item.id());
        Cards.Card card = Cards.card("client-evidence-" + item.id(), item.originalName())
                .line(in.getTranslation("evidence.col.category"), in.getTranslation("evidence.category." + item.category()))
                .line(in.getTranslation("evidence.col.uploaded"), Texts.time(item.uploadedAt()))
                .action(download);
        if (item.previewable() || item.playable()) {
            boolean play = item.playable();
            Button open = new Button(in.getTranslation(play ? "evidence.play" : "evidence.preview"),
                    (play ? VaadinIcon.PLAY : VaadinIcon.EYE).create(),
                    click -> new PreviewDialog(evidence, caseId, item).open());
            open.setId((play ? "evidence-play-" : "evidence-preview-") + item.id());
            card.action(open);
        }
        return card;
    }
}
