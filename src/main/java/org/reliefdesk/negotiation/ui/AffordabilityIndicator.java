package org.reliefdesk.negotiation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import org.reliefdesk.negotiation.AffordabilityLevel;
import org.reliefdesk.negotiation.AffordabilityResult;

/**
 * The traffic light of an affordability check with its numbers. The level is
 * also in {@code data-level} (GREEN, AMBER, RED, UNKNOWN, or NONE while the
 * terms are incomplete) for browser tests and styling.
 */
class AffordabilityIndicator extends Div {

    private final Span light = new Span();
    private final Span numbers = new Span();
    private final Span notes = new Span();

    AffordabilityIndicator(String id) {
        setId(id);
        light.setId(id + "-light");
        numbers.setId(id + "-numbers");
        add(light, new Span(" "), numbers, new Div(notes));
        clear("");
    }

    void show(AffordabilityResult r) {
        level(r.level().name(), switch (r.level()) {
            case GREEN -> "badge success";
            case AMBER -> "badge contrast";
            case RED -> "badge error primary";
            case UNKNOWN -> "badge";
        });
        light.setText(getTranslation("negotiation.level." + r.level()));
        String payment = ProposalTexts.payment(this, r.payment());
        numbers.setText(switch (r.level()) {
            case UNKNOWN -> r.available() == null
                    ? getTranslation("negotiation.afford.noBudget", r.proposalMonthly().format(), payment)
                    : getTranslation("negotiation.afford.oneOff", r.oneOff().format(), r.otherPlansMonthly().format(),
                            r.available().format(), payment);
            case RED -> getTranslation("negotiation.afford.red", r.shortfall().format(), r.total().format(),
                    r.proposalMonthly().format(), r.otherPlansMonthly().format(), r.available().format(), payment);
            default -> getTranslation("negotiation.afford.fits", r.total().format(), r.proposalMonthly().format(),
                    r.otherPlansMonthly().format(), percent(r.share()), r.available().format(), payment);
        });
        StringBuilder text = new StringBuilder();
        if (!r.unplannedLenders().isEmpty()) {
            text.append(getTranslation("negotiation.afford.unplanned", String.join("、", r.unplannedLenders())));
        }
        if (r.temporary()) {
            text.append(text.isEmpty() ? "" : " ").append(getTranslation("negotiation.afford.temporary"));
        }
        notes.setText(text.toString());
    }

    /** No result: the terms are incomplete or refused ({@code why} says so, may be empty). */
    void clear(String why) {
        level("NONE", "badge contrast");
        light.setText(getTranslation("negotiation.level.NONE"));
        numbers.setText(why);
        notes.setText("");
    }

    private void level(String level, String theme) {
        getElement().setAttribute("data-level", level);
        light.getElement().setAttribute("theme", theme);
    }

    private static String percent(BigDecimal share) {
        return share == null ? "—" : share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    AffordabilityLevel level() {
        String level = getElement().getAttribute("data-level");
        return "NONE".equals(level) ? null : AffordabilityLevel.valueOf(level);
    }
}
