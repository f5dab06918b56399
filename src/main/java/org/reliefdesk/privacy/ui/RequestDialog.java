package org.reliefdesk.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.privacy.PersonalDataSection;
import org.reliefdesk.privacy.PrivacyService;
import org.reliefdesk.privacy.RequestKind;
import org.reliefdesk.shared.UserFacingException;

/** The client asks for a correction or a deletion: what, in which section, and why. */
class RequestDialog extends Dialog {

    RequestDialog(PrivacyService privacy, long caseId, List<PersonalDataSection> sections, Runnable filed) {
        setHeaderTitle(getTranslation("privacy.requests.new"));
        setId("privacy-request-dialog");
        Select<RequestKind> kind = new Select<>();
        kind.setLabel(getTranslation("privacy.request.kind"));
        kind.setItems(RequestKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("privacy.kind." + k));
        kind.setValue(RequestKind.CORRECTION);
        kind.setId("privacy-request-kind");

        Map<String, String> titles = new HashMap<>();
        List<String> keys = new ArrayList<>();
        sections.forEach(s -> {
            keys.add(s.key());
            titles.put(s.key(), getTranslation(s.titleKey()));
        });
        keys.add(PrivacyService.OTHER_SECTION);
        titles.put(PrivacyService.OTHER_SECTION, getTranslation("privacy.section.other"));
        Select<String> section = new Select<>();
        section.setLabel(getTranslation("privacy.request.section"));
        section.setItems(keys);
        section.setItemLabelGenerator(titles::get);
        section.setId("privacy-request-section");

        TextArea what = new TextArea(getTranslation("privacy.request.what"));
        what.setMaxLength(2000);
        what.setId("privacy-request-what");
        TextArea why = new TextArea(getTranslation("privacy.request.why"));
        why.setMaxLength(2000);
        why.setId("privacy-request-why");

        FormLayout form = new FormLayout(kind, section, what, why);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button send = new Button(getTranslation("privacy.request.send"), click -> {
            try {
                privacy.file(caseId, kind.getValue(), section.getValue(), what.getValue(), why.getValue());
                Notices.saved(getTranslation("privacy.request.sent"));
                close();
                filed.run();
            } catch (UserFacingException e) {
                Notices.refused(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("privacy-request-send");
        getFooter().add(new Button(getTranslation("privacy.cancel"), click -> close()), send);
    }
}
