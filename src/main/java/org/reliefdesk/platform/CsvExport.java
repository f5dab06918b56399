package org.reliefdesk.platform;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;

/**
 * CSV downloads, written with Commons CSV: UTF-8 with a byte order mark (without it
 * Excel on a Chinese Windows reads the file as GBK and garbles every name), CRLF rows,
 * and cells that a spreadsheet would run as a formula defused (OWASP "CSV injection":
 * a collector's name typed as {@code =HYPERLINK(...)} stays text).
 */
public final class CsvExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExport() {
    }

    /**
     * A list as a file: its header in the reader's language and its rows. The rows may be a
     * lazy iterable (the caseload streams page by page while the file is written).
     */
    public record Table(List<String> header, Iterable<? extends List<?>> rows) {
    }

    /**
     * A download link with a stable id whose table comes from a service method when the file
     * is requested: the service checks access and audits the export then, not when the page opens.
     */
    public static Anchor link(String id, String label, String fileName, Supplier<Table> table) {
        Anchor anchor = new Anchor((DownloadEvent event) -> {
            Table t = table.get();
            download(fileName, t.header(), t::rows).handleDownloadRequest(event);
        }, label);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        return anchor;
    }

    /**
     * A download of a header and rows; the rows are produced when the file is requested,
     * inside that request's security context, so the service's access checks apply.
     */
    public static DownloadHandler download(String fileName, List<String> header,
                                           Supplier<? extends Iterable<? extends List<?>>> rows) {
        return (DownloadEvent event) -> {
            event.setContentType("text/csv; charset=UTF-8");
            event.getResponse().setHeader("Content-Disposition",
                    ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
            event.getResponse().setHeader("Cache-Control", "no-store");
            write(event.getOutputStream(), header, rows.get());
        };
    }

    /** Writes the file; the stream is flushed, not closed. */
    public static void write(OutputStream out, List<String> header, Iterable<? extends List<?>> rows)
            throws IOException {
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(header.stream().map(CsvExport::defuse).toList());
        for (List<?> row : rows) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object cell : row) {
                cells.add(cell == null ? "" : defuse(cell.toString()));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    /** Prefixes a cell a spreadsheet would evaluate with an apostrophe; numbers stay numbers. */
    static String defuse(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r'
                || (first == '-' && !cell.matches("-\\d+(\\.\\d+)?"));
        return formula ? "'" + cell : cell;
    }
}
