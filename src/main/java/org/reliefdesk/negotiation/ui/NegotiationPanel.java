package org.reliefdesk.negotiation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.reliefdesk.calls.CallService;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.evidence.EvidenceAttachments;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.negotiation.NegotiationService;
import org.reliefdesk.negotiation.ProposalStatus;
import org.reliefdesk.negotiation.ProposalView;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.UserFacingException;

/**
 * One debt's proposal thread at a time (chosen at the top), the selected
 * proposal's details, its affordability, and the moves its status allows.
 */
class NegotiationPanel extends VerticalLayout {

    private final NegotiationService negotiation;
    private final CallService calls;
    private final EvidenceService evidence;
    private final CaseDetails details;
    private final Clock clock;
    private final Select<DebtLine> debt = new Select<>();
    private final Grid<ProposalView> thread = new Grid<>();
    private final VerticalLayout selected = new VerticalLayout();

    NegotiationPanel(NegotiationService negotiation, CallService calls, EvidenceService evidence, CaseDetails details,
            Clock clock) {
        this.negotiation = negotiation;
        this.calls = calls;
        this.evidence = evidence;
        this.details = details;
        this.clock = clock;
        setPadding(false);
        if (details.debtsByPriority().isEmpty()) {
            add(new Paragraph(getTranslation("negotiation.noDebts")));
            return;
        }
        debt.setLabel(getTranslation("negotiation.debt"));
        debt.setItems(details.debtsByPriority());
        debt.setItemLabelGenerator(d -> d.details().lenderName() + " · " + d.details().outstanding().format());
        debt.setValue(details.debtsByPriority().getFirst());
        debt.setId("negotiation-debt");
        debt.addValueChangeListener(change -> load(null));

        Button create = new Button(getTranslation("negotiation.new"), VaadinIcon.PLUS.create(),
                click -> new ProposalDialog(negotiation, calls, details.id(), debt.getValue().id(),
                        ProposalDialog.Mode.NEW, null, today(), saved -> load(saved.id())).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-proposal");
        HorizontalLayout top = new HorizontalLayout(debt, create);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        thread.setId("proposal-thread");
        thread.setAllRowsVisible(true);
        thread.addColumn(p -> "#" + p.id() + (p.answersId() == null ? "" : " ↩ #" + p.answersId()))
                .setHeader(getTranslation("negotiation.number")).setAutoWidth(true);
        thread.addColumn(p -> p.proposedOn().toString()).setHeader(getTranslation("negotiation.date"))
                .setAutoWidth(true);
        thread.addColumn(p -> getTranslation("negotiation.side." + p.side())).setHeader(getTranslation("negotiation.side"))
                .setAutoWidth(true);
        thread.addColumn(p -> ProposalTexts.terms(this, p.terms())).setHeader(getTranslation("negotiation.type"))
                .setFlexGrow(1);
        thread.addColumn(p -> p.payment().isOneOff()
                ? getTranslation("negotiation.oneOffDue", p.payment().oneOff().format())
                : p.payment().monthly().format()).setHeader(getTranslation("negotiation.monthly"))
                .setAutoWidth(true);
        thread.addComponentColumn(this::statusBadge).setHeader(getTranslation("negotiation.status")).setAutoWidth(true);
        thread.addSelectionListener(selection -> showSelected(selection.getFirstSelectedItem().orElse(null)));
        selected.setPadding(false);
        selected.setId("proposal-details");
        add(top, thread, selected);
        load(null);
    }

    /** Reloads the thread of the chosen debt and selects {@code selectId} (or the newest proposal). */
    private void load(Long selectId) {
        List<ProposalView> proposals = negotiation.thread(details.id(), debt.getValue().id());
        thread.setItems(proposals);
        proposals.stream().filter(p -> selectId == null || p.id() == selectId).reduce((a, b) -> b)
                .ifPresentOrElse(thread::select, () -> showSelected(null));
    }

    private void showSelected(ProposalView p) {
        selected.removeAll();
        if (p == null) {
            return;
        }
        Paragraph terms = new Paragraph(ProposalTexts.terms(this, p.terms()));
        terms.setId("proposal-terms");
        AffordabilityIndicator affordability = new AffordabilityIndicator("proposal-affordability");
        affordability.show(negotiation.affordability(details.id(), p.id()));
        selected.add(terms, affordability);
        if (p.planStored()) {
            Paragraph basis = new Paragraph(getTranslation("negotiation.planStored", p.payment().balance().format()));
            basis.setId("proposal-plan-basis");
            selected.add(basis);
        }
        if (p.lenderAnswer() != null) {
            Paragraph answer = new Paragraph(getTranslation("negotiation.answer") + ": " + p.lenderAnswer());
            answer.setId("proposal-lender-answer");
            selected.add(answer);
        }
        if (!p.callIds().isEmpty()) {
            selected.add(new Paragraph(getTranslation("negotiation.calls") + ": " + calls.callsOfCase(details.id(),
                    p.callIds()).stream().map(c -> CallLabel.of(this, c)).collect(Collectors.joining("; "))));
        }
        TextArea answer = new TextArea(getTranslation("negotiation.answer"));
        answer.setId("proposal-answer");
        answer.setWidthFull();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        for (ProposalStatus to : p.status().next()) {
            Button move = new Button(getTranslation("negotiation.action." + to), click -> {
                try {
                    negotiation.changeStatus(details.id(), p.id(), p.version(), to, answer.getValue());
                } catch (UserFacingException refusal) {
                    error(refusal);
                    return;
                }
                load(p.id());
            });
            move.setId(actionId(to));
            if (to == ProposalStatus.ACCEPTED) {
                move.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(move);
        }
        if (p.status().canBeCountered()) {
            Button counter = new Button(getTranslation("negotiation.action.counter"), click -> new ProposalDialog(
                    negotiation, calls, details.id(), p.debtId(), ProposalDialog.Mode.COUNTER, p, today(),
                    saved -> load(saved.id())).open());
            counter.setId("proposal-counter");
            actions.add(counter);
        }
        if (p.status() == ProposalStatus.DRAFT) {
            Button edit = new Button(getTranslation("negotiation.action.edit"), click -> new ProposalDialog(
                    negotiation, calls, details.id(), p.debtId(), ProposalDialog.Mode.EDIT, p, today(),
                    saved -> load(saved.id())).open());
            edit.setId("proposal-edit");
            actions.add(edit);
        }
        if (actions.getComponentCount() > 0) {
            selected.add(answer, actions);
        }
        // The lender's written answer, the offer letter...: kept in the evidence vault, linked to this proposal.
        VerticalLayout attachments = new VerticalLayout(
                new EvidenceAttachments(evidence, details.id(), EvidenceTarget.proposal(p.id())));
        attachments.setPadding(false);
        attachments.setId("proposal-evidence");
        selected.add(attachments);
    }

    /** Stable ids for browser tests: proposal-send, proposal-accept, proposal-reject, proposal-withdraw. */
    static String actionId(ProposalStatus to) {
        return switch (to) {
            case SENT -> "proposal-send";
            case ACCEPTED -> "proposal-accept";
            case REJECTED -> "proposal-reject";
            case WITHDRAWN -> "proposal-withdraw";
            default -> "proposal-" + to.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private Span statusBadge(ProposalView p) {
        Span badge = new Span(getTranslation("negotiation.status." + p.status()));
        badge.getElement().getThemeList().add(switch (p.status()) {
            case ACCEPTED -> "badge success";
            case REJECTED, WITHDRAWN -> "badge error";
            default -> "badge contrast";
        });
        badge.getElement().setAttribute("data-status", p.status().name());
        return badge;
    }

    private void error(UserFacingException refusal) {
        Notices.refused(getTranslation(refusal.messageKey(), refusal.arguments()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
