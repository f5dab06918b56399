package org.reliefdesk.rates.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reliefdesk.rates.PlannedFlow;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;
import org.reliefdesk.shared.UserFacingException;

/**
 * Reads payments typed one per line, as a repayment plan lists them: {@code 2025-02-15 888.49 第1期}.
 * Dates may use / or . too; the amount is read like any money field; the rest is the note.
 */
final class FlowText {

    private static final Pattern LINE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\s+(\\S+)\\s*(.*)");

    private FlowText() {
    }

    static List<PlannedFlow> parse(String text) {
        List<PlannedFlow> flows = new ArrayList<>();
        if (text == null) {
            return flows;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = java.text.Normalizer.normalize(lines[i], java.text.Normalizer.Form.NFKC).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new InvalidValueException("rates.error.flowLine", i + 1);
            }
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                Money amount = Money.of(m.group(4));
                flows.add(new PlannedFlow(date, amount, m.group(5).isBlank() ? null : m.group(5).strip()));
            } catch (java.time.DateTimeException | UserFacingException e) {
                throw new InvalidValueException("rates.error.flowLine", i + 1);
            }
        }
        return flows;
    }

    static String format(List<PlannedFlow> flows) {
        StringBuilder text = new StringBuilder();
        for (PlannedFlow flow : flows) {
            text.append(flow.date()).append(' ').append(flow.amount());
            if (flow.note() != null) {
                text.append(' ').append(flow.note());
            }
            text.append('\n');
        }
        return text.toString();
    }
}
