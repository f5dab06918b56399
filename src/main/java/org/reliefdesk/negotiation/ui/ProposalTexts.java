package org.reliefdesk.negotiation.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import org.reliefdesk.negotiation.PlanPayment;
import org.reliefdesk.negotiation.ProposalTerms;

/** Puts a proposal's terms and payments into words, in the reader's language. */
final class ProposalTexts {

    private ProposalTexts() {
    }

    static String terms(Component ui, ProposalTerms t) {
        List<String> parts = new ArrayList<>();
        if (t.extensionMonths() != null) {
            parts.add(ui.getTranslation("negotiation.terms.extension", t.extensionMonths()));
        }
        if (t.instalments() != null) {
            parts.add(ui.getTranslation("negotiation.terms.instalments", t.instalments()));
        }
        if (t.waivePenaltyInterest()) {
            parts.add(ui.getTranslation("negotiation.kind.WAIVE_PENALTY_INTEREST"));
        }
        if (t.waiveLateFees()) {
            parts.add(ui.getTranslation("negotiation.kind.WAIVE_LATE_FEES"));
        }
        if (t.discountPercent() != null) {
            parts.add(ui.getTranslation("negotiation.terms.discount",
                    t.discountPercent().stripTrailingZeros().toPlainString()));
        }
        if (t.hasPause()) {
            parts.add(ui.getTranslation("negotiation.terms.pause", t.pauseFrom().toString(),
                    t.pauseUntil().toString()));
        }
        return String.join(" + ", parts);
    }

    static String payment(Component ui, PlanPayment p) {
        String deferred = p.deferredMonths() == 0 ? ""
                : ui.getTranslation("negotiation.payment.deferred", p.deferredMonths()) + " ";
        return deferred + switch (p.shape()) {
            case INSTALMENTS -> ui.getTranslation("negotiation.payment.instalments", p.payments().size(),
                    p.payments().getFirst().format(), p.payments().getLast().format(), p.total().format());
            case SAVE_FOR_LUMP_SUM -> ui.getTranslation("negotiation.payment.saveForLumpSum", p.total().format(),
                    p.monthly().format());
            case LUMP_SUM -> ui.getTranslation("negotiation.payment.lumpSum", p.total().format());
            case PAUSE_ONLY -> ui.getTranslation("negotiation.payment.pauseOnly");
        };
    }
}
