package org.reliefdesk.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.reliefdesk.audit.VerificationRun;
import org.reliefdesk.audit.VerificationRuns;
import org.reliefdesk.platform.Notices;

/**
 * The chain's state at a glance: the last verification (green verified, red broken at an entry),
 * when it ran and who ran it, a button to verify now, and the latest runs.
 */
class VerificationPanel extends VerticalLayout {

    private final transient VerificationRuns runs;
    private final Span status = new Span();
    private final Span when = new Span();
    private final Grid<VerificationRun> recent = new Grid<>();

    VerificationPanel(VerificationRuns runs) {
        this.runs = runs;
        setPadding(false);
        setSpacing(false);
        status.setId("audit-chain-status");
        when.setId("audit-chain-last-run");
        Button now = new Button(getTranslation("admin.audit.verifyNow"), VaadinIcon.CHECK_CIRCLE.create(), click -> {
            VerificationRun run = runs.runNow();
            if (run.intact()) {
                Notices.saved(getTranslation("admin.audit.verified.notice", run.entriesChecked()));
            } else {
                Notices.refused(getTranslation("admin.audit.broken", String.valueOf(run.firstBrokenId())));
            }
            refresh();
        });
        now.addThemeVariants(ButtonVariant.LUMO_SMALL);
        now.setId("audit-verify-now");
        HorizontalLayout line = new HorizontalLayout(status, when, now);
        line.setAlignItems(FlexComponent.Alignment.CENTER);

        recent.setId("audit-verification-runs");
        recent.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        recent.setAllRowsVisible(true);
        recent.addColumn(r -> AuditTexts.WHEN.format(r.startedAt())).setHeader(getTranslation("admin.audit.runs.started"))
                .setAutoWidth(true);
        recent.addColumn(r -> r.intact() ? getTranslation("admin.audit.verified")
                : getTranslation("admin.audit.broken", String.valueOf(r.firstBrokenId()))).setHeader(getTranslation(
                "admin.audit.runs.result")).setAutoWidth(true);
        recent.addColumn(VerificationRun::entriesChecked).setHeader(getTranslation("admin.audit.runs.checked"))
                .setAutoWidth(true);
        recent.addColumn(r -> Duration.between(r.startedAt(), r.finishedAt()).toMillis() + " ms")
                .setHeader(getTranslation("admin.audit.runs.took")).setAutoWidth(true);
        recent.addColumn(r -> r.trigger() == VerificationRun.Trigger.SCHEDULE
                ? getTranslation("admin.audit.runs.schedule") : r.triggeredBy())
                .setHeader(getTranslation("admin.audit.runs.by")).setAutoWidth(true);
        Details history = new Details(getTranslation("admin.audit.runs.title"), recent);
        history.setId("audit-verification-history");
        add(line, history);
        refresh();
    }

    private void refresh() {
        Optional<VerificationRun> last = runs.last();
        status.getElement().getThemeList().clear();
        if (last.isEmpty()) {
            status.setText(getTranslation("admin.audit.neverVerified"));
            status.getElement().getThemeList().addAll(List.of("badge", "contrast"));
            when.setText("");
        } else {
            VerificationRun run = last.get();
            status.setText(run.intact() ? getTranslation("admin.audit.verified")
                    : getTranslation("admin.audit.broken", String.valueOf(run.firstBrokenId())));
            status.getElement().getThemeList().addAll(List.of("badge", "primary", run.intact() ? "success" : "error"));
            when.setText(getTranslation("admin.audit.lastRun", AuditTexts.WHEN.format(run.startedAt()),
                    run.entriesChecked(), run.trigger() == VerificationRun.Trigger.SCHEDULE
                            ? getTranslation("admin.audit.runs.schedule") : run.triggeredBy()));
        }
        recent.setItems(runs.recent(10));
    }
}
