package org.reliefdesk.casefile.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.HardshipReason;
import org.reliefdesk.casefile.IntakeDetails;
import org.reliefdesk.shared.ChineseIdNumber;
import org.reliefdesk.shared.PhoneNumber;
import org.reliefdesk.shared.UserFacingException;

/** Opens a case for a new client and creates their login; the service re-checks everything. */
class IntakeDialog extends Dialog {

    private final transient CaseService cases;
    private final SerializableConsumer<Long> onOpened;
    private final TextField fullName = field("intake.fullName", "intake-full-name");
    private final TextField idNumber = field("intake.idNumber", "intake-id-number");
    private final TextField mobile = field("intake.mobile", "intake-mobile");
    private final TextField address = field("intake.address", "intake-address");
    private final TextField contactName = field("intake.contactName", "intake-contact-name");
    private final TextField contactRelationship = field("intake.contactRelationship", "intake-contact-relationship");
    private final TextField contactMobile = field("intake.contactMobile", "intake-contact-mobile");
    private final Select<HardshipReason> hardship = new Select<>();
    private final TextArea hardshipDetails = new TextArea();
    private final Checkbox courtPapers = new Checkbox();
    private final Checkbox abusiveCollection = new Checkbox();
    private final TextField clientUsername = field("intake.clientUsername", "intake-client-username");

    IntakeDialog(CaseService cases, SerializableConsumer<Long> onOpened) {
        this.cases = cases;
        this.onOpened = onOpened;
        setHeaderTitle(getTranslation("intake.open"));
        setId("intake-dialog");
        setWidth("min(52rem, 100vw)");
        hardship.setLabel(getTranslation("intake.hardship"));
        hardship.setItems(HardshipReason.values());
        hardship.setItemLabelGenerator(r -> getTranslation("hardship." + r));
        hardship.setId("intake-hardship");
        hardshipDetails.setLabel(getTranslation("intake.hardshipDetails"));
        courtPapers.setLabel(getTranslation("intake.courtPapers"));
        courtPapers.setId("intake-court");
        abusiveCollection.setLabel(getTranslation("intake.abusiveCollection"));
        clientUsername.setHelperText(getTranslation("staff.username.help"));

        FormLayout form = new FormLayout(fullName, idNumber, mobile, address, hardship, hardshipDetails,
                courtPapers, abusiveCollection, contactName, contactRelationship, contactMobile, clientUsername);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        add(form);

        Button save = new Button(getTranslation("intake.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("intake-save");
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }

    private void save() {
        List.of(fullName, idNumber, mobile, contactMobile, clientUsername).forEach(f -> f.setInvalid(false));
        hardship.setInvalid(false);
        // Field-by-field checks first, so each message lands next to its field.
        if (!valid(idNumber, () -> ChineseIdNumber.parse(idNumber.getValue()))
                || !valid(mobile, () -> PhoneNumber.parse(mobile.getValue()))
                || (!contactMobile.isEmpty() && !valid(contactMobile, () -> PhoneNumber.parse(contactMobile.getValue())))) {
            return;
        }
        List<IntakeDetails.Contact> contacts = contactName.isEmpty() && contactMobile.isEmpty() ? List.of()
                : List.of(new IntakeDetails.Contact(contactName.getValue(), contactRelationship.getValue(),
                        contactMobile.getValue()));
        try {
            CaseService.OpenedCase opened = cases.openCase(new IntakeDetails(fullName.getValue(), idNumber.getValue(),
                    mobile.getValue(), address.getValue(), contacts, hardship.getValue(), hardshipDetails.getValue(),
                    courtPapers.getValue(), abusiveCollection.getValue(), clientUsername.getValue()));
            showLogin(opened);
        } catch (UserFacingException e) {
            HasValidation field = switch (e.messageKey()) {
                case "intake.error.fullName" -> fullName;
                case "intake.error.hardshipReason" -> hardship;
                case "intake.error.emergencyContact" -> contactName;
                default -> e.messageKey().startsWith("account.error") ? clientUsername : fullName;
            };
            field.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            field.setInvalid(true);
        }
    }

    private void showLogin(CaseService.OpenedCase opened) {
        removeAll();
        getFooter().removeAll();
        TextField password = new TextField(getTranslation("staff.issued.password",
                opened.clientLogin().account().username()));
        password.setValue(opened.clientLogin().oneTimePassword());
        password.setReadOnly(true);
        password.setWidthFull();
        password.setId("client-one-time-password");
        add(new Paragraph(getTranslation("intake.opened")), password);
        Button go = new Button(getTranslation("intake.goToCase"), click -> {
            close();
            onOpened.accept(opened.caseId());
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("intake-go-to-case");
        getFooter().add(go);
    }

    private boolean valid(TextField field, Runnable check) {
        try {
            check.run();
            return true;
        } catch (UserFacingException e) {
            field.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            field.setInvalid(true);
            return false;
        }
    }

    private TextField field(String labelKey, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }
}
