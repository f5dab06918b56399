package org.reliefdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.reliefdesk.security.AccountService;
import org.reliefdesk.security.InvalidPasswordException;
import org.reliefdesk.security.PasswordPolicy;
import org.reliefdesk.shared.UserFacingException;

/** Every user changes their own password here; first logins are sent here until they do. */
@Route("account/password")
@PermitAll
@Menu(title = "nav.password", order = 100, icon = "vaadin:key")
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final transient AccountService accounts;
    private final PasswordField current = new PasswordField();
    private final PasswordField chosen = new PasswordField();
    private final PasswordField confirmation = new PasswordField();

    public ChangePasswordView(AccountService accounts) {
        this.accounts = accounts;
        setMaxWidth("32rem");
        current.setLabel(getTranslation("password.current"));
        current.setId("current-password");
        chosen.setLabel(getTranslation("password.new"));
        chosen.setId("new-password");
        chosen.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        confirmation.setLabel(getTranslation("password.confirm"));
        confirmation.setId("confirm-password");
        for (PasswordField field : new PasswordField[] {current, chosen, confirmation}) {
            field.setWidthFull();
        }

        Button save = new Button(getTranslation("password.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-password");

        add(new H2(getTranslation("password.title")));
        if (accounts.me().mustChangePassword()) {
            Paragraph required = new Paragraph(getTranslation("password.changeRequired"));
            required.setId("password-change-required");
            add(required);
        }
        add(current, chosen, confirmation, save);
    }

    private void save() {
        current.setInvalid(false);
        chosen.setInvalid(false);
        confirmation.setInvalid(false);
        try {
            accounts.changeOwnPassword(current.getValue(), chosen.getValue(), confirmation.getValue());
        } catch (InvalidPasswordException e) {
            showError(chosen, e.reasons().stream().map(this::getTranslation).collect(Collectors.joining(" ")));
            return;
        } catch (UserFacingException e) {
            PasswordField field = switch (e.messageKey()) {
                case "password.error.wrongCurrent" -> current;
                case "password.error.mismatch" -> confirmation;
                default -> chosen;
            };
            showError(field, getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        Notification.show(getTranslation("password.changed"), 3000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    private static void showError(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " | " + getTranslation("app.name");
    }
}
