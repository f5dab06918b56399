package org.reliefdesk.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.reliefdesk.agreement.AgreementStatus;
import org.reliefdesk.agreement.AgreementView;
import org.reliefdesk.agreement.InstalmentState;
import org.reliefdesk.agreement.PaymentView;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.DebtResolution;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.evidence.EvidenceAttachments;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.platform.CsvExport;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.UserFacingException;

/** One agreement: its terms, schedule with statuses, signing, PDF, payments and what to do when one is missed. */
class AgreementDetail extends VerticalLayout {

    private final AgreementsPanel.Services services;
    private final CaseDetails details;
    private final AgreementView a;
    private final Consumer<Boolean> changed;

    AgreementDetail(AgreementsPanel.Services services, CaseDetails details, AgreementView a,
            Consumer<Boolean> changed) {
        this.services = services;
        this.details = details;
        this.a = a;
        this.changed = changed;
        setPadding(false);
        setId("agreement-detail");
        add(new Paragraph(getTranslation("agreement.summary", a.agreedTotal().format(), a.waived().format(),
                a.schedule().size(), a.graceDays(), a.lapseAfterMissed())));
        if (!a.missed().isEmpty()) {
            InstalmentState m = a.missed().getFirst();
            Paragraph warning = new Paragraph(getTranslation("agreement.alert.missed", a.lenderName(),
                    m.instalment().due().toString(), m.open().format()));
            warning.addClassName("rd-warning");
            warning.setId("agreement-missed");
            add(warning);
        }
        add(actions(), schedule());
        // The signed copy lives in the evidence vault, linked to the agreement; it stays visible once signed.
        VerticalLayout evidence = new VerticalLayout(new EvidenceAttachments(services.evidence(), details.id(),
                EvidenceTarget.agreement(a.id())));
        evidence.setPadding(false);
        evidence.setId("agreement-evidence");
        if (a.status() == AgreementStatus.DRAFT) {
            add(new Paragraph(getTranslation("agreement.signedCopyHint")));
        }
        add(evidence);
        if (a.status() != AgreementStatus.DRAFT) {
            add(payments(), paymentsExport());
        }
    }

    private HorizontalLayout actions() {
        HorizontalLayout row = new HorizontalLayout();
        row.setWrap(true);
        Anchor pdf = new Anchor(AgreementDownloads.pdf(services.agreements(), details.id(), a.id()),
                getTranslation("agreement.pdf"));
        pdf.setId("agreement-pdf");
        row.add(pdf);
        if (a.status() == AgreementStatus.DRAFT) {
            Button edit = new Button(getTranslation("agreement.revise"), click -> new AgreementDialog(a, null,
                    a.lenderName(), d -> services.agreements().revise(details.id(), a.id(), a.version(), d),
                    () -> changed.accept(false)).open());
            edit.setId("agreement-edit");
            Button sign = new Button(getTranslation("agreement.sign"), click -> signDialog().open());
            sign.setId("agreement-sign");
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            row.add(edit, sign);
        }
        if (a.status() == AgreementStatus.SIGNED) {
            Button pay = new Button(getTranslation("agreement.payment.new"), click -> new PaymentDialog(
                    services.agreements(), details.id(), a.id(), today(), a.next() == null ? null : a.next().open(),
                    () -> changed.accept(false)).open());
            pay.setId("payment-new");
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button lapse = new Button(getTranslation("agreement.lapse"), click -> reasonDialog("agreement.lapse",
                    "agreement-lapse-dialog", reason -> services.agreements().lapse(details.id(), a.id(),
                            a.version(), reason), false).open());
            lapse.setId("agreement-lapse");
            lapse.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(pay, lapse);
        }
        if (!a.missed().isEmpty() && details.moves().stream().anyMatch(m -> m.to() == Stage.NEGOTIATION)) {
            Button renegotiate = new Button(getTranslation("agreement.renegotiate"), click -> renegotiateDialog()
                    .open());
            renegotiate.setId("agreement-renegotiate");
            renegotiate.addThemeVariants(ButtonVariant.LUMO_ERROR);
            row.add(renegotiate);
        }
        boolean open = details.debtsByPriority().stream().anyMatch(d -> d.id() == a.debtId()
                && d.resolution() == DebtResolution.OPEN);
        if (a.status() == AgreementStatus.COMPLETED && open) {
            Button settle = new Button(getTranslation("agreement.settleDebt"), click -> act(() -> {
                CaseDetails now = services.cases().get(details.id());
                services.cases().resolveDebt(details.id(), a.debtId(), now.version(), DebtResolution.SETTLED,
                        a.completedOn(), null);
            }, true));
            settle.setId("agreement-settle-debt");
            row.add(settle);
        }
        return row;
    }

    private Grid<InstalmentState> schedule() {
        Grid<InstalmentState> grid = new Grid<>();
        grid.setId("agreement-schedule");
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> i.instalment().number()).setHeader("#").setAutoWidth(true);
        grid.addColumn(i -> i.instalment().due().toString()).setHeader(getTranslation("agreement.due"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.instalment().amount().format()).setHeader(getTranslation("agreement.amount"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.paid().format()).setHeader(getTranslation("agreement.paid")).setAutoWidth(true);
        grid.addComponentColumn(i -> {
            Span s = new Span(getTranslation("agreement.instalment." + i.status()));
            s.getElement().setAttribute("theme", AgreementsPanel.statusTheme(i));
            s.getElement().setAttribute("data-status", i.status().name());
            return s;
        }).setHeader(getTranslation("agreement.status")).setAutoWidth(true);
        grid.setItems(a.schedule());
        return grid;
    }

    private Grid<PaymentView> payments() {
        Grid<PaymentView> grid = new Grid<>();
        grid.setId("agreement-payments");
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> p.paidOn().toString()).setHeader(getTranslation("agreement.payment.date"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.amount().format()).setHeader(getTranslation("agreement.payment.amount"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation("agreement.method." + p.method()))
                .setHeader(getTranslation("agreement.payment.method")).setAutoWidth(true);
        grid.addColumn(p -> p.reversed() ? getTranslation("agreement.payment.reversed", p.reversalReason())
                : p.note() == null ? "" : p.note()).setHeader(getTranslation("agreement.payment.note"))
                .setFlexGrow(1);
        grid.addComponentColumn(p -> {
            Button proof = new Button(getTranslation("agreement.payment.proof"), click -> {
                Dialog d = new Dialog(new EvidenceAttachments(services.evidence(), details.id(),
                        EvidenceTarget.payment(p.id())));
                d.setId("payment-proof-dialog");
                d.setHeaderTitle(getTranslation("agreement.payment.proof"));
                d.getFooter().add(new Button(getTranslation("agreement.cancel"), c -> d.close()));
                d.open();
            });
            proof.setId("payment-proof-" + p.id());
            proof.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout cell = new HorizontalLayout(proof);
            if (!p.reversed()) {
                Button reverse = new Button(getTranslation("agreement.payment.reverse"), click -> reasonDialog(
                        "agreement.payment.reverse", "payment-reverse-dialog", reason -> services.agreements()
                                .reversePayment(details.id(), p.id(), p.version(), reason), false).open());
                reverse.setId("payment-reverse-" + p.id());
                reverse.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                cell.add(reverse);
            }
            return cell;
        }).setAutoWidth(true);
        grid.setItems(services.agreements().payments(details.id(), a.id()));
        return grid;
    }

    private com.vaadin.flow.component.html.Anchor paymentsExport() {
        var locale = getLocale();
        return CsvExport.link("payments-export", getTranslation("reporting.csv"),
                "payments-" + details.id() + "-" + a.id() + ".csv",
                () -> services.agreements().exportPayments(details.id(), a.id(), locale));
    }

    private Dialog signDialog() {
        Dialog d = new Dialog();
        d.setId("agreement-sign-dialog");
        d.setHeaderTitle(getTranslation("agreement.sign"));
        DatePicker date = new DatePicker(getTranslation("agreement.signedDate"), today());
        date.setMax(today());
        date.setId("agreement-signed-date");
        d.add(date);
        Button ok = new Button(getTranslation("agreement.sign"), click -> {
            if (act(() -> services.agreements().sign(details.id(), a.id(), a.version(), date.getValue()), true)) {
                d.close();
            }
        });
        ok.setId("agreement-sign-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("agreement.cancel"), click -> d.close()), ok);
        return d;
    }

    private Dialog renegotiateDialog() {
        return reasonDialog("agreement.renegotiate", "agreement-renegotiate-dialog", reason -> {
            CaseDetails now = services.cases().get(details.id());
            services.cases().moveStage(details.id(), now.version(), Stage.NEGOTIATION, reason);
        }, true);
    }

    private Dialog reasonDialog(String titleKey, String id, Consumer<String> action, boolean casePage) {
        Dialog d = new Dialog();
        d.setId(id);
        d.setHeaderTitle(getTranslation(titleKey));
        TextField reason = new TextField(getTranslation("agreement.reason"));
        reason.setId(id + "-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        d.add(reason);
        Button ok = new Button(getTranslation(titleKey), click -> {
            if (act(() -> action.accept(reason.getValue()), casePage)) {
                d.close();
            }
        });
        ok.setId(id + "-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("agreement.cancel"), click -> d.close()), ok);
        return d;
    }

    private boolean act(Runnable work, boolean casePage) {
        try {
            work.run();
        } catch (UserFacingException refusal) {
            Notices.refused(getTranslation(refusal.messageKey(), refusal.arguments()));
            return false;
        }
        Notices.saved(getTranslation("agreement.saved"));
        changed.accept(casePage);
        return true;
    }

    private LocalDate today() {
        return services.today();
    }
}
