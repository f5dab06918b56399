package org.reliefdesk.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A Chinese A4 document written top to bottom: paragraphs wrapped by measured width at the
 * margins, new pages as needed. Both bundled fonts are embedded as subsets, so the PDF renders
 * on any machine and its text can be extracted: Droid Sans Fallback for Chinese, DejaVu Sans for
 * ASCII (the CJK font has no Latin letters or digits) and whatever else only it has. Control
 * characters become spaces and a character neither font has becomes "?" rather than failing
 * (decisions 011 and 013). Not thread-safe; one instance per document.
 *
 * <pre>{@code
 * try (ChinesePdf pdf = ChinesePdf.open("Agreement 7")) {
 *     pdf.title("还款协议").heading("一、当事人").item("借款人姓名：张伟");
 *     return pdf.finish();
 * }
 * }</pre>
 */
public final class ChinesePdf implements AutoCloseable {

    public static final float TITLE = 16;
    public static final float HEADING = 12.5f;
    public static final float BODY = 10.5f;
    public static final float SMALL = 9;
    /** The indent of an item under a heading; twice it for a line under an item. */
    public static final float INDENT = 12;

    static final String CJK_FONT = "/fonts/DroidSansFallbackFull.ttf";
    static final String LATIN_FONT = "/fonts/DejaVuSans.ttf";
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument pdf;
    private final PDFont cjk;
    private final PDFont latin;
    private final float lineHeight;
    private final float minimumLeading;
    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    private ChinesePdf(PDDocument pdf, PDFont cjk, PDFont latin, float lineHeight, float minimumLeading)
            throws IOException {
        this.pdf = pdf;
        this.cjk = cjk;
        this.latin = latin;
        this.lineHeight = lineHeight;
        this.minimumLeading = minimumLeading;
        page();
    }

    /** A new document whose lines are 1.6 times their font size apart. */
    public static ChinesePdf open(String title) {
        return open(title, 1.6f, 0);
    }

    /**
     * A new document whose lines are {@code lineHeight} times their font size apart, at least
     * {@code minimumLeading} points.
     */
    public static ChinesePdf open(String title, float lineHeight, float minimumLeading) {
        PDDocument pdf = new PDDocument();
        try (InputStream cjkBytes = ChinesePdf.class.getResourceAsStream(CJK_FONT);
             InputStream latinBytes = ChinesePdf.class.getResourceAsStream(LATIN_FONT)) {
            if (cjkBytes == null || latinBytes == null) {
                throw new IllegalStateException("Font " + CJK_FONT + " or " + LATIN_FONT + " is missing");
            }
            PDFont cjk = PDType0Font.load(pdf, cjkBytes, true);
            PDFont latin = PDType0Font.load(pdf, latinBytes, true);
            pdf.getDocumentInformation().setTitle(title);
            pdf.getDocumentInformation().setCreator("ReliefDesk");
            return new ChinesePdf(pdf, cjk, latin, lineHeight, minimumLeading);
        } catch (IOException | RuntimeException e) {
            closeQuietly(pdf, e);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    public ChinesePdf title(String text) {
        return paragraph(text, TITLE, 0);
    }

    public ChinesePdf heading(String text) {
        return paragraph(text, HEADING, 0);
    }

    /** Body text at the left margin. */
    public ChinesePdf paragraph(String text) {
        return paragraph(text, BODY, 0);
    }

    /** Body text under a heading. */
    public ChinesePdf item(String text) {
        return paragraph(text, BODY, INDENT);
    }

    /** A label and its value under a heading: "label: value". */
    public ChinesePdf labelValue(String label, String value) {
        return item(label + ": " + value);
    }

    /** Small print at the left margin (a reference number, when it was made). */
    public ChinesePdf note(String text) {
        return paragraph(text, SMALL, 0);
    }

    /** An empty line and a half of body text. */
    public ChinesePdf blank() {
        return paragraph("", BODY, 0);
    }

    /**
     * Text wrapped at the right margin, {@code indent} points in from the left one; starts a new
     * page when a line would fall below the bottom margin. Empty text leaves a line and a half.
     */
    public ChinesePdf paragraph(String text, float size, float indent) {
        float leading = Math.max(minimumLeading, size * lineHeight);
        try {
            for (String row : rows(text, size, indent)) {
                if (y - leading < MARGIN) {
                    page();
                }
                y -= leading;
                draw(row, size, MARGIN + indent, y);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text == null || text.isEmpty()) {
            y -= leading / 2;
        }
        return this;
    }

    /** The document's bytes; the document is closed afterwards. */
    public byte[] finish() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (pdf) {
            content.close();
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Discards an unfinished document; does nothing after {@link #finish()}. */
    @Override
    public void close() {
        try {
            pdf.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines {@code text} is broken into at {@code size} points, {@code indent} in from the margin. */
    List<String> rows(String text, float size, float indent) throws IOException {
        String clean = printable(text == null ? "" : text);
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        float used = 0;
        for (int i = 0; i < clean.length(); ) {
            int cp = clean.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = width(font(cp), ch, size);
            if (used + w > WIDTH - indent && !row.isEmpty()) {
                rows.add(row.toString());
                row.setLength(0);
                used = 0;
            }
            row.append(ch);
            used += w;
            i += Character.charCount(cp);
        }
        rows.add(row.toString());
        return rows;
    }

    private void page() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        content = new PDPageContentStream(pdf, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Draws a row as runs of characters in the same font. */
    private void draw(String row, float size, float x, float baseline) throws IOException {
        for (int i = 0; i < row.length(); ) {
            PDFont font = font(row.codePointAt(i));
            int end = i;
            while (end < row.length() && font(row.codePointAt(end)) == font) {
                end += Character.charCount(row.codePointAt(end));
            }
            String run = row.substring(i, end);
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(run);
            content.endText();
            x += width(font, run, size);
            i = end;
        }
    }

    private static float width(PDFont font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Controls become spaces and characters neither font has become "?". */
    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (cp < 0x80 || has(cjk, cp) || has(latin, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** The one place a character's font is chosen: ASCII in DejaVu Sans, the rest in the CJK font when it has it. */
    private PDFont font(int cp) {
        return cp < 0x80 || !has(cjk, cp) ? latin : cjk;
    }

    private boolean has(PDFont font, int cp) {
        return glyphs.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    private static void closeQuietly(PDDocument pdf, Exception cause) {
        try {
            pdf.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
