package org.reliefdesk.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.evidence.EvidenceDownloads;
import org.reliefdesk.evidence.EvidenceFilter;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.ReadPurpose;

/** The case's evidence for staff: upload, a lazy filterable list, and per item download, preview, play, share, link. */
class EvidencePanel extends VerticalLayout {

    private final transient EvidenceService evidence;
    private final long caseId;
    private final Map<Long, DebtLine> debts;
    private final Grid<EvidenceItem> grid = new Grid<>();
    private final Select<EvidenceCategory> categoryFilter = new Select<>();
    private final Select<DebtLine> debtFilter = new Select<>();

    EvidencePanel(EvidenceService evidence, CaseDetails details) {
        this.evidence = evidence;
        this.caseId = details.id();
        this.debts = details.debtsByPriority().stream().collect(Collectors.toMap(DebtLine::id, Function.identity()));
        setPadding(false);
        setId("evidence-panel");

        UploadForm upload = new UploadForm(evidence, caseId, List.of(EvidenceCategory.values()), item -> {
            Texts.saved(this, item);
            grid.getDataProvider().refreshAll();
        });

        categoryFilter.setId("evidence-filter-category");
        categoryFilter.setLabel(getTranslation("evidence.filter.category"));
        categoryFilter.setItems(EvidenceCategory.values());
        categoryFilter.setEmptySelectionAllowed(true);
        categoryFilter.setItemLabelGenerator(c -> c == null ? "" : getTranslation("evidence.category." + c));
        debtFilter.setId("evidence-filter-debt");
        debtFilter.setLabel(getTranslation("evidence.filter.debt"));
        debtFilter.setItems(details.debtsByPriority());
        debtFilter.setEmptySelectionAllowed(true);
        debtFilter.setItemLabelGenerator(d -> d == null ? "" : Texts.debt(d));
        categoryFilter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        debtFilter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.setId("evidence-grid");
        grid.addColumn(EvidenceItem::originalName).setHeader(getTranslation("evidence.col.name")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(i -> getTranslation("evidence.category." + i.category()))
                .setHeader(getTranslation("evidence.col.category")).setAutoWidth(true);
        grid.addColumn(i -> Texts.size(i.size())).setHeader(getTranslation("evidence.col.size")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation("evidence.uploadedBy", i.uploadedBy(), Texts.time(i.uploadedAt())))
                .setHeader(getTranslation("evidence.col.uploaded")).setAutoWidth(true);
        grid.addColumn(this::links).setHeader(getTranslation("evidence.col.links")).setAutoWidth(true);
        grid.addComponentColumn(this::shareToggle).setHeader(getTranslation("evidence.col.shared")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setItemsPageable(pageable -> evidence.list(caseId, new EvidenceFilter(categoryFilter.getValue(),
                debtFilter.getValue() == null ? null : debtFilter.getValue().id()), pageable).getContent());

        add(upload, new HorizontalLayout(categoryFilter, debtFilter), grid);
    }

    private String links(EvidenceItem item) {
        return item.links().stream().map(t -> t.kind() == EvidenceTarget.Kind.DEBT && debts.containsKey(t.id())
                        ? Texts.debt(debts.get(t.id()))
                        : getTranslation("evidence.kind." + t.kind()) + " " + t.id())
                .collect(Collectors.joining(", "));
    }

    private Checkbox shareToggle(EvidenceItem item) {
        Checkbox shared = new Checkbox(item.sharedWithClient());
        shared.setId("evidence-share-" + item.id());
        shared.setAriaLabel(getTranslation("evidence.share"));
        shared.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            Texts.run(this, () -> {
                EvidenceItem saved = evidence.share(caseId, item.id(), change.getValue());
                Texts.notice(this, getTranslation(saved.sharedWithClient() ? "evidence.sharedNow"
                        : "evidence.unsharedNow", saved.originalName()));
                grid.getDataProvider().refreshAll();
            });
        });
        return shared;
    }

    private HorizontalLayout actions(EvidenceItem item) {
        HorizontalLayout actions = Actions.forItem(evidence, caseId, item);
        Button link = new Button(VaadinIcon.LINK.create(), click -> new LinkDebtDialog(item, debts.values(),
                debt -> Texts.run(this, () -> {
                    evidence.link(caseId, item.id(), EvidenceTarget.debt(debt.id()));
                    Texts.notice(this, getTranslation("evidence.linked"));
                    grid.getDataProvider().refreshAll();
                })).open());
        link.setId("evidence-link-debt-" + item.id());
        link.setTooltipText(getTranslation("evidence.linkDebt"));
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        link.setEnabled(!debts.isEmpty());
        actions.add(link);
        return actions;
    }

    /** Download, preview and play for one item: shared by the staff tab, the client section and attachments. */
    static final class Actions {

        private Actions() {
        }

        static HorizontalLayout forItem(EvidenceService evidence, long caseId, EvidenceItem item) {
            HorizontalLayout actions = new HorizontalLayout();
            actions.setSpacing(false);
            Anchor download = new Anchor(EvidenceDownloads.handler(evidence, caseId, item.id(), ReadPurpose.DOWNLOAD),
                    AttachmentType.DOWNLOAD, "");
            download.add(VaadinIcon.DOWNLOAD.create());
            download.setId("evidence-download-" + item.id());
            download.getElement().setAttribute("title", actions.getTranslation("evidence.download"));
            actions.add(download);
            if (item.previewable() || item.playable()) {
                boolean play = item.playable();
                Button open = new Button((play ? VaadinIcon.PLAY : VaadinIcon.EYE).create(),
                        click -> new PreviewDialog(evidence, caseId, item).open());
                open.setId((play ? "evidence-play-" : "evidence-preview-") + item.id());
                open.setTooltipText(actions.getTranslation(play ? "evidence.play" : "evidence.preview"));
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                actions.add(open);
            }
            return actions;
        }
    }
}
