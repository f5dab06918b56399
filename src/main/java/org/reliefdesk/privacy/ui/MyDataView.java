package org.reliefdesk.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.reliefdesk.casefile.ClientCaseStatus;
import org.reliefdesk.casefile.ConsentRecord;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.privacy.PersonalDataSection;
import org.reliefdesk.privacy.PrivacyRequestView;
import org.reliefdesk.privacy.PrivacyService;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.UserFacingException;

/**
 * "What the portal holds about me" (PIPL 第44-47条): the client's data by section, a copy to
 * download (PDF or JSON), their correction or deletion requests, and the sensitive-data consent
 * they may withdraw. Read-only apart from those two actions.
 */
@Route("my-data")
@RolesAllowed(Role.CLIENT_NAME)
@Menu(title = "privacy.nav", order = 6, icon = "vaadin:user-card")
public class MyDataView extends VerticalLayout implements HasDynamicTitle {

    private final transient PrivacyService privacy;

    public MyDataView(PrivacyService privacy) {
        this.privacy = privacy;
        setId("my-data");
        setMaxWidth("48rem");
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.intro")));
        List<ClientCaseStatus> mine = privacy.myCases();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("privacy.noCase")));
        }
        for (ClientCaseStatus status : mine) {
            long caseId = status.id();
            List<PersonalDataSection> sections = privacy.dataOf(caseId);
            add(downloads(caseId), consent(caseId), requests(caseId, sections));
            sections.forEach(section -> add(new SectionList(section)));
        }
    }

    private HorizontalLayout downloads(long caseId) {
        Anchor pdf = new Anchor(PrivacyDownloads.copy(privacy, caseId, PrivacyService.Format.PDF, getLocale()),
                getTranslation("privacy.download.pdf"));
        pdf.setId("my-data-pdf-" + caseId);
        Anchor json = new Anchor(PrivacyDownloads.copy(privacy, caseId, PrivacyService.Format.JSON, getLocale()),
                getTranslation("privacy.download.json"));
        json.setId("my-data-json-" + caseId);
        HorizontalLayout row = new HorizontalLayout(pdf, json);
        row.setWrap(true);
        return row;
    }

    private Div consent(long caseId) {
        Div box = new Div(new H3(getTranslation("privacy.consent.title")));
        box.setId("my-data-consent");
        Optional<ConsentRecord> consent = privacy.sensitiveConsent(caseId);
        if (consent.isEmpty()) {
            box.add(new Paragraph(getTranslation("privacy.consent.none")));
        } else if (!consent.get().active()) {
            box.add(new Paragraph(getTranslation("privacy.consent.withdrawn", consent.get().givenOn().toString(),
                    consent.get().withdrawnOn().toString())));
        } else {
            Paragraph given = new Paragraph(getTranslation("privacy.consent.given",
                    consent.get().givenOn().toString()));
            Button withdraw = new Button(getTranslation("privacy.consent.withdraw"), click -> confirmWithdrawal(caseId));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.setId("my-data-withdraw-consent");
            box.add(given, new Paragraph(getTranslation("privacy.consent.effect")), withdraw);
        }
        return box;
    }

    private void confirmWithdrawal(long caseId) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("privacy.consent.withdraw"),
                getTranslation("privacy.consent.confirm"), getTranslation("privacy.consent.withdraw"), event -> {
                    try {
                        privacy.withdrawSensitiveConsent(caseId);
                        Notices.saved(getTranslation("privacy.consent.done"));
                    } catch (UserFacingException e) {
                        Notices.refused(getTranslation(e.messageKey(), e.arguments()));
                    }
                    render();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("privacy.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("my-data-withdraw-confirm");
        confirm.open();
    }

    private Div requests(long caseId, List<PersonalDataSection> sections) {
        Div box = new Div(new H3(getTranslation("privacy.requests.title")),
                new Paragraph(getTranslation("privacy.requests.intro")));
        box.setId("my-data-requests");
        Button file = new Button(getTranslation("privacy.requests.new"),
                click -> new RequestDialog(privacy, caseId, sections, this::render).open());
        file.setId("my-data-new-request");
        box.add(file);
        for (PrivacyRequestView r : privacy.requestsOf(caseId)) {
            Paragraph line = new Paragraph(getTranslation("privacy.requests.line",
                    getTranslation("privacy.kind." + r.kind()), r.receivedOn().toString(), r.dueOn().toString(),
                    getTranslation("privacy.status." + r.status())));
            line.addClassName("rd-my-privacy-request");
            box.add(line);
            if (r.outcome() != null) {
                box.add(new Paragraph(getTranslation(r.status() == org.reliefdesk.privacy.RequestStatus.REFUSED
                        ? "privacy.requests.reason" : "privacy.requests.changed", r.outcome())));
            }
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " | " + getTranslation("app.name");
    }
}
