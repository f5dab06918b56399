package org.reliefdesk.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.reliefdesk.agreement.AgreementService;
import org.reliefdesk.agreement.AgreementStatus;
import org.reliefdesk.agreement.AgreementView;
import org.reliefdesk.agreement.InstalmentState;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.negotiation.NegotiationService;
import org.reliefdesk.negotiation.ProposalStatus;
import org.reliefdesk.negotiation.ProposalView;

/**
 * The case's agreements: start one from each accepted proposal without one; the grid of
 * agreements; the selected one's schedule, signing, PDF and payments ({@link AgreementDetail}).
 */
class AgreementsPanel extends VerticalLayout {

    record Services(AgreementService agreements, NegotiationService negotiation, CaseService cases,
            EvidenceService evidence, java.time.Clock clock) {

        LocalDate today() {
            return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        }
    }

    private final Services services;
    private final Consumer<CaseDetails> refresh;
    private CaseDetails details;
    private final VerticalLayout starts = new VerticalLayout();
    private final Grid<AgreementView> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private Long selected;

    AgreementsPanel(Services services, CaseDetails details, Consumer<CaseDetails> refresh) {
        this.services = services;
        this.details = details;
        this.refresh = refresh;
        setPadding(false);
        setId("agreements-panel");
        starts.setPadding(false);
        detail.setPadding(false);
        grid.setId("agreement-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(AgreementView::lenderName).setHeader(getTranslation("agreement.lender")).setFlexGrow(1);
        grid.addComponentColumn(a -> badge("agreement.status." + a.status(), a.status().name()))
                .setHeader(getTranslation("agreement.status")).setAutoWidth(true);
        grid.addColumn(a -> a.next() == null ? "" : getTranslation("agreement.nextDue.value",
                a.next().instalment().due().toString(), a.next().open().format()))
                .setHeader(getTranslation("agreement.nextDue")).setAutoWidth(true);
        grid.addColumn(a -> a.paid().format()).setHeader(getTranslation("agreement.paid")).setAutoWidth(true);
        grid.addColumn(a -> a.remaining().format()).setHeader(getTranslation("agreement.remaining"))
                .setAutoWidth(true);
        grid.addSelectionListener(e -> {
            selected = e.getFirstSelectedItem().map(AgreementView::id).orElse(selected);
            showDetail();
        });
        add(starts, grid, detail);
        reload();
    }

    void reload() {
        List<AgreementView> all = services.agreements().agreements(details.id());
        grid.setItems(all);
        starts.removeAll();
        Set<Long> withAgreement = all.stream().filter(a -> a.status().live() || a.status() == AgreementStatus.COMPLETED)
                .map(AgreementView::debtId).collect(Collectors.toSet());
        List<ProposalView> open = new ArrayList<>();
        for (DebtLine debt : details.debtsByPriority()) {
            if (withAgreement.contains(debt.id())) {
                continue;
            }
            services.negotiation().thread(details.id(), debt.id()).stream()
                    .filter(p -> p.status() == ProposalStatus.ACCEPTED).forEach(open::add);
        }
        if (open.isEmpty() && all.isEmpty()) {
            starts.add(new Paragraph(getTranslation("agreement.none")));
        }
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        for (ProposalView p : open) {
            Button b = new Button(getTranslation("agreement.newFrom", lender(p.debtId())), click -> openNew(p));
            b.setId("agreement-new-" + p.id());
            buttons.add(b);
        }
        if (!open.isEmpty()) {
            Select<ProposalView> proposal = new Select<>();
            proposal.setId("agreement-proposal");
            proposal.setLabel(getTranslation("agreement.proposal"));
            proposal.setItems(open);
            proposal.setItemLabelGenerator(p -> lender(p.debtId()) + " · " + p.payment().total().format());
            proposal.setValue(open.getFirst());
            Button b = new Button(getTranslation("agreement.new"), click -> {
                if (proposal.getValue() != null) {
                    openNew(proposal.getValue());
                }
            });
            b.setId("agreement-new");
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout pick = new HorizontalLayout(proposal, b);
            pick.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            starts.add(pick);
        }
        starts.add(buttons);
        if (selected == null && !all.isEmpty()) {
            selected = all.getFirst().id();
        }
        all.stream().filter(a -> a.id() == (selected == null ? -1 : selected)).findFirst().ifPresent(grid::select);
        showDetail();
    }

    private void showDetail() {
        detail.removeAll();
        if (selected == null) {
            return;
        }
        AgreementView a = services.agreements().agreement(details.id(), selected);
        detail.add(new H4(getTranslation("agreement.detail", a.lenderName(), a.revision())));
        detail.add(new AgreementDetail(services, details, a, this::changed));
    }

    private void changed(boolean casePage) {
        if (casePage) {
            details = services.cases().get(details.id());
            refresh.accept(details);
        }
        reload();
    }

    private void openNew(ProposalView p) {
        LocalDate first = services.today().plusMonths(1L + p.payment().deferredMonths());
        new AgreementDialog(null, first, lender(p.debtId()), draft -> {
            AgreementView a = services.agreements().draft(details.id(), p.id(), draft);
            selected = a.id();
            return a;
        }, () -> changed(true)).open();
    }

    private String lender(long debtId) {
        return details.debtsByPriority().stream().filter(d -> d.id() == debtId).map(d -> d.details().lenderName())
                .findFirst().orElse("#" + debtId);
    }

    Span badge(String key, String status) {
        Span s = new Span(getTranslation(key));
        s.getElement().getThemeList().add("badge");
        s.getElement().setAttribute("data-status", status);
        return s;
    }

    static String statusTheme(InstalmentState i) {
        return switch (i.status()) {
            case PAID -> "badge success";
            case PAID_LATE -> "badge contrast";
            case MISSED -> "badge error primary";
            case PARTLY_PAID -> "badge";
            case UPCOMING -> "badge contrast";
        };
    }
}
