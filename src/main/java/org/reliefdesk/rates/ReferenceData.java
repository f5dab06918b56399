package org.reliefdesk.rates;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.reliefdesk.casefile.LenderType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the LPR history and the legal lines (tables rates_lpr, rates_line); administrators change rows, not code. */
@Component
class ReferenceData {

    private final JdbcTemplate jdbc;

    ReferenceData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    CapTable table() {
        var lpr = jdbc.query("select effective_from, one_year, five_year from rates_lpr",
                (rs, i) -> new CapTable.LprRow(rs.getObject(1, java.time.LocalDate.class), rs.getBigDecimal(2),
                        rs.getBigDecimal(3)));
        var lines = jdbc.query("select code, consequence, fixed_percent, lpr_multiple, effective_from, effective_to,"
                + " lender_types, rule_zh, rule_en from rates_line order by code",
                (rs, i) -> new CapTable.LineRow(rs.getString(1), LegalLine.Consequence.valueOf(rs.getString(2)),
                        rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getObject(5, java.time.LocalDate.class),
                        rs.getObject(6, java.time.LocalDate.class), lenderTypes(rs.getString(7)), rs.getString(8),
                        rs.getString(9)));
        return new CapTable(lpr, lines);
    }

    private static EnumSet<LenderType> lenderTypes(String listed) {
        return Arrays.stream(listed.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(LenderType::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(LenderType.class)));
    }
}
