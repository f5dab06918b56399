package org.reliefdesk.court;

import java.util.List;
import org.reliefdesk.rates.LineCheck;
import org.reliefdesk.rates.TrueRate;

/**
 * The debt's true rate against the legal lines that apply to it, read from module rates, never typed.
 *
 * @param rate the true rate ({@link TrueRate#linePercent()} is the figure compared with the lines)
 * @param lines the limit lines (notes left out), lowest first
 */
public record RateCheck(TrueRate rate, List<LineCheck> lines) {

    public RateCheck {
        lines = List.copyOf(lines);
    }

    public boolean exceedsAny() {
        return lines.stream().anyMatch(LineCheck::exceeded);
    }
}
