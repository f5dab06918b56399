package org.reliefdesk.rates.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefdesk.rates.PlannedFlow;
import org.reliefdesk.shared.InvalidValueException;
import org.reliefdesk.shared.Money;

class FlowTextTest {

    @Test
    void reads_a_pasted_repayment_plan_with_notes_blank_lines_and_full_width_digits() {
        List<PlannedFlow> flows = FlowText.parse("2025-02-15 888.49 第1期\n\n2025/3/15 ¥1,000\r\n２０２５-04-15 ８８８.４７");

        assertThat(flows).containsExactly(
                new PlannedFlow(LocalDate.of(2025, 2, 15), Money.of("888.49"), "第1期"),
                new PlannedFlow(LocalDate.of(2025, 3, 15), Money.yuan(1000), null),
                new PlannedFlow(LocalDate.of(2025, 4, 15), Money.of("888.47"), null));
        assertThat(FlowText.parse(FlowText.format(flows))).isEqualTo(flows);
    }

    @Test
    void a_line_it_cannot_read_is_named_by_its_number() {
        assertThatThrownBy(() -> FlowText.parse("2025-02-15 888.49\n2025-02-30 888.49"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("rates.error.flowLine");
                    assertThat(e.arguments()).containsExactly(2);
                });
        assertThatThrownBy(() -> FlowText.parse("next month 500"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.arguments()).containsExactly(1));
        assertThatThrownBy(() -> FlowText.parse("2025-02-15 12,34"))
                .isInstanceOf(InvalidValueException.class);
    }
}
