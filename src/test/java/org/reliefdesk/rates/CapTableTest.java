package org.reliefdesk.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefdesk.casefile.LenderType;

class CapTableTest {

    private final CapTable table = new CapTable(
            List.of(lpr("2025-05-20", "3.00"), lpr("2019-08-20", "4.25"), lpr("2024-10-21", "3.10")),
            List.of(new CapTable.LineRow("FOUR", LegalLine.Consequence.REDUCIBLE, null, new BigDecimal("4"),
                            LocalDate.parse("2020-08-20"), null, EnumSet.of(LenderType.UNLICENSED_OR_UNKNOWN), "规",
                            "rule"),
                    new CapTable.LineRow("OLD24", LegalLine.Consequence.REDUCIBLE, new BigDecimal("24"), null,
                            LocalDate.parse("2015-09-01"), LocalDate.parse("2020-08-19"),
                            EnumSet.of(LenderType.UNLICENSED_OR_UNKNOWN), "规", "rule"),
                    new CapTable.LineRow("NOTE", LegalLine.Consequence.NOTE, null, null,
                            LocalDate.parse("2021-01-01"), null, EnumSet.of(LenderType.UNLICENSED_OR_UNKNOWN), "规",
                            "rule")));

    @Test
    void the_lpr_in_force_is_the_latest_change_on_or_before_the_date_whatever_the_row_order() {
        assertThat(table.oneYearLpr(LocalDate.parse("2019-08-19"))).isEmpty();
        assertThat(table.oneYearLpr(LocalDate.parse("2024-10-20")).orElseThrow()).isEqualByComparingTo("4.25");
        assertThat(table.oneYearLpr(LocalDate.parse("2024-10-21")).orElseThrow()).isEqualByComparingTo("3.10");
        assertThat(table.oneYearLpr(LocalDate.parse("2025-05-20")).orElseThrow()).isEqualByComparingTo("3.00");
    }

    @Test
    void lines_are_chosen_by_contract_date_and_lender_type_lowest_first_notes_last() {
        List<LegalLine> lines = table.linesFor(LenderType.UNLICENSED_OR_UNKNOWN, LocalDate.parse("2025-05-19"));
        assertThat(lines).extracting(LegalLine::code).containsExactly("FOUR", "NOTE");
        assertThat(lines.getFirst().ratePercent()).isEqualByComparingTo("12.4");
        assertThat(lines.getFirst().lprPercent()).isEqualByComparingTo("3.1");
        assertThat(table.linesFor(LenderType.UNLICENSED_OR_UNKNOWN, LocalDate.parse("2020-08-19")))
                .extracting(LegalLine::code).containsExactly("OLD24");
        assertThat(table.linesFor(LenderType.BANK, LocalDate.parse("2025-05-19"))).isEmpty();
        assertThat(table.linesFor(LenderType.UNLICENSED_OR_UNKNOWN, null)).isEmpty();
    }

    private static CapTable.LprRow lpr(String date, String oneYear) {
        return new CapTable.LprRow(LocalDate.parse(date), new BigDecimal(oneYear), new BigDecimal("4"));
    }
}
