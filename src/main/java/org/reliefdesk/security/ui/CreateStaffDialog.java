package org.reliefdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import org.reliefdesk.security.AccountService;
import org.reliefdesk.security.IssuedPassword;
import org.reliefdesk.security.NewStaffAccount;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.UserFacingException;

/** Creates a counsellor or administrator; the service decides what is valid. */
class CreateStaffDialog extends Dialog {

    private final transient AccountService accounts;
    private final SerializableConsumer<IssuedPassword> onCreated;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();

    CreateStaffDialog(AccountService accounts, SerializableConsumer<IssuedPassword> onCreated) {
        this.accounts = accounts;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("staff.create"));
        setId("create-staff-dialog");

        username.setLabel(getTranslation("staff.username"));
        username.setHelperText(getTranslation("staff.username.help"));
        username.setId("new-username");
        username.setRequired(true);
        displayName.setLabel(getTranslation("staff.displayName"));
        displayName.setId("new-display-name");
        displayName.setRequired(true);
        role.setLabel(getTranslation("staff.role"));
        role.setItems(Role.COUNSELLOR, Role.ADMIN);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.COUNSELLOR);
        role.setId("new-role");

        FormLayout form = new FormLayout(username, displayName, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button save = new Button(getTranslation("staff.create.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("create-staff-save");
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        username.setInvalid(false);
        displayName.setInvalid(false);
        try {
            IssuedPassword issued = accounts.createStaff(
                    new NewStaffAccount(username.getValue(), displayName.getValue(), role.getValue()));
            close();
            onCreated.accept(issued);
        } catch (UserFacingException e) {
            String message = getTranslation(e.messageKey(), e.arguments());
            if (e.messageKey().startsWith("account.error.username")) {
                username.setErrorMessage(message);
                username.setInvalid(true);
            } else if (e.messageKey().startsWith("account.error.displayName")) {
                displayName.setErrorMessage(message);
                displayName.setInvalid(true);
            } else {
                role.setErrorMessage(message);
                role.setInvalid(true);
            }
        }
    }
}
