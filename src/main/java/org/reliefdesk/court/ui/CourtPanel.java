package org.reliefdesk.court.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.court.CourtDeadlines;
import org.reliefdesk.court.CourtService;
import org.reliefdesk.court.LegalActionStatus;
import org.reliefdesk.court.LegalActionView;
import org.reliefdesk.evidence.EvidenceService;

/**
 * The case's court papers by debt, each with its response deadline counting down (urgent when due
 * within a week or overdue) and its actions: correct, response filed, checklist, withdraw or close.
 * A case has a handful of legal actions, so the grid holds them all.
 */
class CourtPanel extends VerticalLayout {

    private final transient CourtService court;
    private final transient EvidenceService evidence;
    private final transient Clock clock;
    private final CaseDetails details;
    private final Grid<LegalActionView> grid = new Grid<>();

    CourtPanel(CourtService court, EvidenceService evidence, CaseDetails details, Clock clock) {
        this.court = court;
        this.evidence = evidence;
        this.clock = clock;
        this.details = details;
        setPadding(false);
        Button add = new Button(getTranslation("court.add"), VaadinIcon.PLUS.create(),
                click -> new LegalActionDialog(court, evidence, details, clock, null, this::reload).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("court-add");
        add.setEnabled(!details.debtsByPriority().isEmpty());

        grid.setId("court-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(LegalActionView::lenderName).setHeader(getTranslation("court.debt")).setAutoWidth(true);
        grid.addColumn(v -> getTranslation("court.type." + v.details().type())).setHeader(getTranslation("court.type"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.details().court()).setHeader(getTranslation("court.court")).setAutoWidth(true);
        grid.addColumn(v -> v.details().caseNumber() == null ? "—" : v.details().caseNumber())
                .setHeader(getTranslation("court.caseNumber")).setAutoWidth(true);
        grid.addColumn(v -> v.details().servedOn().toString()).setHeader(getTranslation("court.servedOn"))
                .setAutoWidth(true);
        grid.addComponentColumn(v -> Texts.deadline(this, v, today())).setHeader(getTranslation("court.deadline"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.status() == LegalActionStatus.OPEN ? getTranslation("court.status.OPEN")
                : getTranslation("court.status." + v.status()) + " · " + v.statusReason())
                .setHeader(getTranslation("court.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);

        Paragraph intro = new Paragraph(getTranslation("court.intro"));
        intro.addClassName("rd-hint");
        add(intro, add, grid);
        reload();
    }

    private HorizontalLayout actions(LegalActionView v) {
        HorizontalLayout row = new HorizontalLayout();
        row.setSpacing(false);
        Button edit = button(VaadinIcon.EDIT, "court.correct", "court-edit-" + v.id(),
                () -> new LegalActionDialog(court, evidence, details, clock, v, this::reload).open());
        Button filed = button(VaadinIcon.CHECK, "court.responseFiled", "court-filed-" + v.id(),
                () -> new ResponseFiledDialog(court, details.id(), v, today(), this::reload).open());
        filed.setVisible(v.dueOn() != null);
        Button checklist = button(VaadinIcon.CLIPBOARD_CHECK, "court.checklist", "court-checklist-" + v.id(),
                () -> new ChecklistDialog(court, details.id(), v.id(), today(), this::reload).open());
        Button end = button(VaadinIcon.CLOSE_CIRCLE_O, "court.end", "court-end-" + v.id(),
                () -> new EndDialog(court, details.id(), v, this::reload).open());
        boolean open = v.status() == LegalActionStatus.OPEN;
        edit.setEnabled(open);
        filed.setEnabled(open);
        end.setEnabled(open);
        row.add(edit, filed, checklist, end);
        return row;
    }

    private Button button(VaadinIcon icon, String tooltipKey, String id, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText(getTranslation(tooltipKey));
        button.getElement().setAttribute("aria-label", getTranslation(tooltipKey));
        button.setId(id);
        return button;
    }

    private void reload() {
        grid.setItems(court.actions(details.id()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CourtDeadlines.BEIJING));
    }
}
