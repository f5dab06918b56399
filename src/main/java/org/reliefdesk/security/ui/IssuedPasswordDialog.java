package org.reliefdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.reliefdesk.security.IssuedPassword;

/** Shows a one-time password once, to be handed to its owner; it is not stored in clear. */
class IssuedPasswordDialog extends Dialog {

    IssuedPasswordDialog(IssuedPassword issued) {
        setHeaderTitle(getTranslation("staff.issued.title"));
        setId("issued-password-dialog");
        TextField password = new TextField(getTranslation("staff.issued.password", issued.account().username()));
        password.setValue(issued.oneTimePassword());
        password.setReadOnly(true);
        password.setWidthFull();
        password.setId("issued-password");
        add(new Paragraph(getTranslation("staff.issued.explain")), password);
        Button done = new Button(getTranslation("common.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("issued-password-done");
        getFooter().add(done);
    }
}
