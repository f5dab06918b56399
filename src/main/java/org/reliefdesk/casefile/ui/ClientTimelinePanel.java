package org.reliefdesk.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.ClientEvent;
import org.reliefdesk.platform.ClockConfiguration;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;

/**
 * The events of the case meant for its client, newest first, a page at a time, each worded
 * for them from the few facts the allow-list lets through ({@code ClientTimeline}).
 */
class ClientTimelinePanel extends Div {

    private static final int PAGE = 15;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ClockConfiguration.CHINA);

    private final transient CaseService cases;
    private final long caseId;
    private final Div list = new Div();
    private final Button more = new Button();
    private int nextPage;

    ClientTimelinePanel(CaseService cases, long caseId) {
        this.cases = cases;
        this.caseId = caseId;
        setId("my-timeline");
        addClassName("rd-portal-section");
        list.setId("my-timeline-list");
        list.addClassName("rd-portal-list");
        more.setText(getTranslation("myCase.timeline.older"));
        more.setId("my-timeline-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> loadNext());
        add(new H3(getTranslation("myCase.timeline.title")), list, more);
        loadNext();
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph(getTranslation("myCase.timeline.none")));
        }
    }

    private void loadNext() {
        Slice<ClientEvent> page = cases.clientTimeline(caseId, PageRequest.of(nextPage++, PAGE));
        for (ClientEvent event : page) {
            Div row = new Div();
            row.addClassName("rd-portal-event");
            row.setId("my-event-" + event.id());
            Span when = new Span(DATE.format(event.occurredAt()));
            when.addClassName("rd-portal-hint");
            row.add(when, new Paragraph(describe(event)));
            list.add(row);
        }
        more.setVisible(page.hasNext());
    }

    private String describe(ClientEvent event) {
        Map<String, String> f = event.facts();
        String category = getTranslation("evidence.category." + f.getOrDefault("category", "OTHER"));
        return switch (event.action()) {
            case "STAGE_MOVED" -> getTranslation("myCase.timeline.STAGE_MOVED",
                    getTranslation("stage." + f.getOrDefault("to", "INTAKE")));
            case "REQUEST_MADE", "REQUEST_REOPENED" -> getTranslation("myCase.timeline." + event.action(), category,
                    f.getOrDefault("due", ""));
            case "REQUEST_FULFILLED", "REQUEST_CANCELLED" -> getTranslation("myCase.timeline." + event.action(),
                    category);
            case "AGREEMENT_SIGNED" -> getTranslation("myCase.timeline.AGREEMENT_SIGNED", f.getOrDefault("lender", ""),
                    f.getOrDefault("signedOn", ""));
            case "AGREEMENT_PAYMENT_RECORDED" -> getTranslation("myCase.timeline.AGREEMENT_PAYMENT_RECORDED",
                    f.getOrDefault("amount", ""), f.getOrDefault("lender", ""), f.getOrDefault("paidOn", ""));
            case "AGREEMENT_COMPLETED" -> getTranslation("myCase.timeline.AGREEMENT_COMPLETED",
                    f.getOrDefault("lender", ""));
            case "COMPLAINT_FILED" -> getTranslation("myCase.timeline.COMPLAINT_FILED", f.getOrDefault("date", ""));
            case "COMPLAINT_ANSWERED" -> getTranslation("myCase.timeline.COMPLAINT_ANSWERED",
                    f.getOrDefault("date", ""));
            default -> getTranslation("myCase.timeline.other");
        };
    }
}
