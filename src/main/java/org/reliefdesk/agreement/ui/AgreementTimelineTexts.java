package org.reliefdesk.agreement.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Optional;
import org.reliefdesk.casefile.TimelineTexts;

/** Words the agreements' audit entries on the case timeline in the reader's language. */
@org.springframework.stereotype.Component
class AgreementTimelineTexts implements TimelineTexts {

    @Override
    public Optional<String> describe(String action, Map<String, String> f, Component r) {
        String lender = f.get("lender");
        return Optional.ofNullable(switch (action) {
            case "AGREEMENT_DRAFTED" -> r.getTranslation("agreement.timeline.drafted", lender, f.get("count"),
                    f.get("total"), f.get("firstDue"));
            case "AGREEMENT_REVISED" -> r.getTranslation("agreement.timeline.revised", lender, f.get("revision"));
            case "AGREEMENT_SIGNED" -> r.getTranslation("agreement.timeline.signed", lender, f.get("signedOn"));
            case "AGREEMENT_LAPSED" -> r.getTranslation("agreement.timeline.lapsed", lender, f.get("reason"));
            case "AGREEMENT_COMPLETED" -> r.getTranslation("agreement.timeline.completed", lender);
            case "AGREEMENT_REOPENED" -> r.getTranslation("agreement.timeline.reopened", lender);
            case "AGREEMENT_PDF_DOWNLOADED" -> r.getTranslation("agreement.timeline.pdf", lender);
            case "AGREEMENT_PAYMENT_RECORDED" -> r.getTranslation("agreement.timeline.payment", lender,
                    f.get("amount"), f.get("paidOn"), r.getTranslation("agreement.method." + f.get("method")),
                    f.get("remaining"));
            case "AGREEMENT_PAYMENT_REVERSED" -> r.getTranslation("agreement.timeline.reversed", lender,
                    f.get("reason"));
            default -> null;
        });
    }
}
