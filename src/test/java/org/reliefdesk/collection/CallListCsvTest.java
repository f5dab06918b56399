package org.reliefdesk.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefdesk.shared.InvalidValueException;

class CallListCsvTest {

    private static final Instant NOW = Instant.parse("2026-11-21T04:00:00Z");

    @Test
    void good_lines_are_read_in_beijing_time_with_every_way_of_saying_yes_and_no() {
        List<CallListCsv.Line> lines = CallListCsv.parse("""
                时间,号码,是否接通,自动外呼
                2026-11-20 23:30,13800138000,否,
                2026-11-20 9:05:30,13800138000,是,是
                2026-11-20 10:00,+86 138 0013 8000,no
                2026-11-20 11:00,0755-8888 1234,1,0

                2026-11-20 12:00,95188,yes,y
                """, NOW);
        assertThat(lines).hasSize(5);
        assertThat(lines.getFirst().at()).isEqualTo(Instant.parse("2026-11-20T15:30:00Z"));
        assertThat(lines.getFirst().answered()).isFalse();
        assertThat(lines.getFirst().automated()).isFalse();
        assertThat(lines.get(1).at()).isEqualTo(Instant.parse("2026-11-20T01:05:30Z"));
        assertThat(lines.get(1).automated()).isTrue();
        assertThat(lines.get(2).number()).isEqualTo("+86 138 0013 8000");
        assertThat(IncidentRules.digits(lines.get(2).number())).isEqualTo("13800138000");
        assertThat(lines.get(3).answered()).isTrue();
        assertThat(lines.get(4).line()).isEqualTo(7);
    }

    @Test
    void an_uploaded_file_is_read_as_utf_8_or_else_as_gb18030_as_excel_saves_it_on_chinese_windows() {
        String text = "2026-11-20 10:00,13800138000,否";
        assertThat(CallListCsv.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(CallListCsv.decode(text.getBytes(java.nio.charset.Charset.forName("GB18030")))).isEqualTo(text);
    }

    @Test
    void tabs_pasted_from_a_spreadsheet_are_read_too() {
        assertThat(CallListCsv.parse("2026-11-20 10:00\t13800138000\tno\n2026-11-20 10:05\t13800138000\tyes",
                NOW)).extracting(CallListCsv.Line::answered).containsExactly(false, true);
    }

    @Test
    void a_bad_line_is_refused_with_its_number_and_nothing_is_returned() {
        String text = """
                2026-11-20 10:00,13800138000,no
                2026-11-20 10:05,13800138000,maybe
                2026-11-20 10:10,13800138000,no
                """;
        assertThatThrownBy(() -> CallListCsv.parse(text, NOW)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("collection.import.error.answered");
                    assertThat(e.arguments()).containsExactly(2, "maybe");
                });
    }

    @Test
    void each_kind_of_bad_line_names_its_problem() {
        assertThatThrownBy(() -> CallListCsv.parse("2026-11-20 10:00,13800138000,no\n20/11/2026 10:00,138,no", NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("collection.import.error.time");
                    assertThat(e.arguments()).containsExactly(2, "20/11/2026 10:00");
                });
        assertThatThrownBy(() -> CallListCsv.parse("2026-11-20 10:00,催收员,no", NOW))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("collection.import.error.number"));
        assertThatThrownBy(() -> CallListCsv.parse("2026-11-20 10:00,13800138000", NOW))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("collection.import.error.columns"));
        assertThatThrownBy(() -> CallListCsv.parse("2026-11-22 10:00,13800138000,no", NOW))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("collection.import.error.timeRange"));
        assertThatThrownBy(() -> CallListCsv.parse("2026-11-20 10:00,13800138000,no,perhaps", NOW))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("collection.import.error.automated"));
        assertThatThrownBy(() -> CallListCsv.parse("  \n ", NOW)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo("collection.import.error.empty"));
    }
}
