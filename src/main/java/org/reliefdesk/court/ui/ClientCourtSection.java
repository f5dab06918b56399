package org.reliefdesk.court.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.reliefdesk.casefile.ClientCaseSection;
import org.reliefdesk.casefile.ClientCaseStatus;
import org.reliefdesk.court.ClientCourtPaper;
import org.reliefdesk.court.CourtDeadlines;
import org.reliefdesk.court.CourtService;
import org.reliefdesk.court.LegalActionStatus;
import org.reliefdesk.platform.Cards;

/**
 * On the client's own page: the court papers served on them, each with the response deadline in
 * plain words. Never the counsellor's notes or checklist. Shown only when there are papers.
 */
@org.springframework.stereotype.Component
class ClientCourtSection implements ClientCaseSection {

    private final CourtService court;
    private final Clock clock;

    ClientCourtSection(CourtService court, Clock clock) {
        this.court = court;
        this.clock = clock;
    }

    @Override
    public int order() {
        // Near the top: a court deadline is the most urgent thing a client can have.
        return 40;
    }

    @Override
    public Component create(ClientCaseStatus status) {
        Div section = Cards.section("client-court");
        List<ClientCourtPaper> papers = court.forClient(status.id());
        section.setVisible(!papers.isEmpty());
        if (papers.isEmpty()) {
            return section;
        }
        LocalDate today = LocalDate.now(clock.withZone(CourtDeadlines.BEIJING));
        section.add(new H3(section.getTranslation("court.client.title")));
        Div list = Cards.list("client-court-papers");
        for (ClientCourtPaper p : papers) {
            Div card = new Div();
            card.setId("client-court-" + p.id());
            card.addClassName("rd-portal-card");
            Paragraph what = new Paragraph(section.getTranslation("court.client.paper",
                    section.getTranslation("court.type." + p.type()), p.court(), p.lenderName(),
                    p.servedOn().toString(), p.caseNumber() == null ? "" : p.caseNumber()));
            Span when = new Span(deadline(section, p, today));
            when.setId("client-court-deadline-" + p.id());
            if (p.dueOn() != null && p.responseFiledOn() == null && p.status() == LegalActionStatus.OPEN) {
                when.getElement().getThemeList().add("badge error primary");
            }
            what.addClassName("rd-portal-text");
            card.add(what, when);
            list.add(card);
        }
        section.add(list, new Paragraph(section.getTranslation("court.client.help")));
        return section;
    }

    private static String deadline(Component reader, ClientCourtPaper p, LocalDate today) {
        String response = "en".equals(Texts.locale(reader).getLanguage()) ? p.responseEn() : p.responseZh();
        if (p.dueOn() == null) {
            return reader.getTranslation("court.client.noDeadline");
        }
        if (p.responseFiledOn() != null) {
            return reader.getTranslation("court.client.filed", response, p.responseFiledOn().toString());
        }
        if (p.status() != LegalActionStatus.OPEN) {
            return reader.getTranslation("court.client.closed");
        }
        long left = ChronoUnit.DAYS.between(today, p.dueOn());
        return left >= 0 ? reader.getTranslation("court.client.due", response, p.dueOn().toString(), left)
                : reader.getTranslation("court.client.overdue", response, p.dueOn().toString());
    }
}
