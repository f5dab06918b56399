package org.reliefdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void file_starts_with_a_utf8_byte_order_mark_and_reads_back_cell_for_cell() throws IOException {
        byte[] file = write(List.of("催收方", "次数"), List.of(
                List.of("某某资产管理有限公司", 12),
                List.of("Agency, \"quoted\"\nwith a line break", -3)));

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(
                new String(file, 3, file.length - 3, StandardCharsets.UTF_8))).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).values()).containsExactly("催收方", "次数");
        assertThat(records.get(1).values()).containsExactly("某某资产管理有限公司", "12");
        assertThat(records.get(2).values()).containsExactly("Agency, \"quoted\"\nwith a line break", "-3");
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_written_as_text() throws IOException {
        byte[] file = write(List.of("name"), List.of(
                List.of("=HYPERLINK(\"http://x\")"), List.of("+86 138"), List.of("@SUM(A1)"), List.of("-1+2"),
                List.of("-2.50")));
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);

        assertThat(text).contains("'=HYPERLINK", "'+86 138", "'@SUM(A1)", "'-1+2")
                .contains("\r\n-2.50\r\n");
    }

    @Test
    void empty_and_null_cells_stay_empty() throws IOException {
        List<Object> row = Arrays.asList("a", null, "");
        String text = new String(write(List.of("x", "y", "z"), List.of(row)), StandardCharsets.UTF_8);

        assertThat(text).endsWith("a,,\r\n");
    }

    private static byte[] write(List<String> header, List<? extends List<?>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(out, header, rows);
        return out.toByteArray();
    }
}
