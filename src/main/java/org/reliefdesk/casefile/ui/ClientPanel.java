package org.reliefdesk.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.ConsentKind;
import org.reliefdesk.casefile.ConsentMethod;
import org.reliefdesk.casefile.ConsentRecord;

/** The client's identity (masked until revealed, which is audited), contacts and consents. */
class ClientPanel extends VerticalLayout {

    ClientPanel(CaseService cases, CaseDetails details, Consumer<CaseDetails> onChange) {
        setPadding(false);
        add(new H3(getTranslation("case.client")),
                revealable("case.idNumber", details.maskedIdNumber(), "id-number", cases::revealIdNumber, details.id()),
                revealable("case.mobile", details.maskedMobile(), "mobile", cases::revealMobile, details.id()),
                new Paragraph(getTranslation("case.address") + "：" + nullToDash(details.address())),
                new Paragraph(getTranslation("intake.hardship") + "：" + getTranslation("hardship."
                        + details.hardshipReason()) + (details.hardshipDetails() == null ? ""
                        : " — " + details.hardshipDetails())));
        details.emergencyContacts().forEach(c -> add(new Paragraph(getTranslation("case.emergencyContact",
                c.name(), c.relationship(), c.maskedMobile()))));

        add(new H3(getTranslation("case.consents")));
        Grid<ConsentRecord> consents = new Grid<>();
        consents.setId("consent-grid");
        consents.setAllRowsVisible(true);
        consents.addColumn(c -> getTranslation("consent." + c.kind())).setHeader(getTranslation("consent.kind"));
        consents.addColumn(ConsentRecord::givenOn).setHeader(getTranslation("consent.givenOn"));
        consents.addColumn(c -> getTranslation("consent.method." + c.method())).setHeader(getTranslation("consent.method"));
        consents.addColumn(ConsentRecord::recordedBy).setHeader(getTranslation("consent.recordedBy"));
        consents.addColumn(c -> c.active() ? getTranslation("consent.active")
                : getTranslation("consent.withdrawn", c.withdrawnOn(), c.withdrawnBy()))
                .setHeader(getTranslation("consent.status"));
        consents.setItems(details.consents());
        add(consents, consentForm(cases, details, onChange));
    }

    private HorizontalLayout consentForm(CaseService cases, CaseDetails details, Consumer<CaseDetails> onChange) {
        Select<ConsentKind> kind = new Select<>();
        kind.setLabel(getTranslation("consent.kind"));
        kind.setItems(ConsentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("consent." + k));
        kind.setValue(ConsentKind.PERSONAL_DATA);
        kind.setId("consent-kind");
        DatePicker date = new DatePicker(getTranslation("consent.date"), LocalDate.now());
        date.setMax(LocalDate.now());
        date.setId("consent-date");
        Select<ConsentMethod> method = new Select<>();
        method.setLabel(getTranslation("consent.method"));
        method.setItems(ConsentMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("consent.method." + m));
        method.setValue(ConsentMethod.SIGNED_PAPER);
        method.setId("consent-method");
        Button record = new Button(getTranslation("consent.record"), click -> Feedback.apply(this,
                () -> cases.recordConsent(details.id(), details.version(), kind.getValue(), date.getValue(),
                        method.getValue()), onChange));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("record-consent");
        Button withdraw = new Button(getTranslation("consent.withdraw"), click -> Feedback.apply(this,
                () -> cases.withdrawConsent(details.id(), details.version(), kind.getValue(), date.getValue(),
                        method.getValue()), onChange));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.setId("withdraw-consent");
        HorizontalLayout form = new HorizontalLayout(kind, date, method, record, withdraw);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private HorizontalLayout revealable(String labelKey, String masked, String id, LongFunction<String> reveal,
            long caseId) {
        Span value = new Span(masked);
        value.setId(id);
        Button show = new Button(getTranslation("case.reveal"));
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        show.setId("reveal-" + id);
        show.addClickListener(click -> {
            value.setText(reveal.apply(caseId));
            show.setEnabled(false);
        });
        HorizontalLayout row = new HorizontalLayout(new Span(getTranslation(labelKey) + "："), value, show);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return row;
    }

    private static String nullToDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
