package org.reliefdesk.evidence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Arrays;
import org.reliefdesk.casefile.ClientCaseSection;
import org.reliefdesk.casefile.ClientCaseStatus;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.evidence.EvidenceFilter;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceService;

/** On the client's own page: the files they sent and those shared with them, and an upload. */
@org.springframework.stereotype.Component
class ClientEvidenceSection implements ClientCaseSection {

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
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("client-evidence");
        Grid<EvidenceItem> grid = new Grid<>();
        grid.setId("client-evidence-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(EvidenceItem::originalName).setHeader(section.getTranslation("evidence.col.name"))
                .setFlexGrow(1);
        grid.addColumn(i -> section.getTranslation("evidence.category." + i.category()))
                .setHeader(section.getTranslation("evidence.col.category")).setAutoWidth(true);
        grid.addColumn(i -> Texts.time(i.uploadedAt())).setHeader(section.getTranslation("evidence.col.uploaded"))
                .setAutoWidth(true);
        grid.addComponentColumn(i -> EvidencePanel.Actions.forItem(evidence, status.id(), i)).setAutoWidth(true);
        grid.setItemsPageable(pageable -> evidence.list(status.id(), EvidenceFilter.none(), pageable).getContent());
        UploadForm upload = new UploadForm(evidence, status.id(),
                Arrays.stream(EvidenceCategory.values()).filter(EvidenceCategory::clientMayUpload).toList(), item -> {
                    Texts.saved(section, item);
                    grid.getDataProvider().refreshAll();
                });
        section.add(new H3(section.getTranslation("evidence.client.title")),
                new Paragraph(section.getTranslation("evidence.client.intro")), upload, grid);
        return section;
    }
}
