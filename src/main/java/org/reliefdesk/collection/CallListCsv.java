package org.reliefdesk.collection;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.reliefdesk.shared.InvalidValueException;

/**
 * A day's call list as pasted or uploaded: {@code time, number, answered[, automated]} per line,
 * time as {@code yyyy-MM-dd HH:mm[:ss]} in Beijing time, yes/no as yes/no, 是/否, y/n, 1/0 or true/false.
 * Commas or tabs (pasted from a spreadsheet); an optional header line. All or nothing: the first
 * bad line is refused with its number, and nothing is returned.
 */
final class CallListCsv {

    /** A day of robocalls is a few hundred lines; this is a paste gone wrong. */
    static final int MAX_LINES = 5000;
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm[:ss]");

    record Line(int line, Instant at, String number, boolean answered, boolean automated) {
    }

    private CallListCsv() {
    }

    /**
     * The text of an uploaded file: UTF-8 when it is valid UTF-8, otherwise GB18030, which is
     * what Excel on a Chinese Windows saves a CSV in (a superset of GBK and GB2312).
     */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    static List<Line> parse(String text, Instant now) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("collection.import.error.empty");
        }
        char delimiter = text.indexOf('\t') >= 0 && text.indexOf(',') < 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(false).setTrim(true).get();
        LocalDate oldest = LocalDate.ofInstant(now, Flags.BEIJING).minusYears(5);
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.strip().replace("\uFEFF", "")), format)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                // Empty lines are kept as records, so a record's number is its line's.
                int line = (int) record.getRecordNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (first && header(record)) {
                    first = false;
                    continue;
                }
                first = false;
                if (lines.size() >= MAX_LINES) {
                    throw new InvalidValueException("collection.import.error.tooMany", MAX_LINES);
                }
                lines.add(line(record, line, now, oldest));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidValueException("collection.import.error.unreadable");
        }
        if (lines.isEmpty()) {
            throw new InvalidValueException("collection.import.error.empty");
        }
        return lines;
    }

    private static Line line(CSVRecord record, int line, Instant now, LocalDate oldest) {
        if (record.size() < 3 || record.size() > 4) {
            throw new InvalidValueException("collection.import.error.columns", line, record.size());
        }
        String time = record.get(0);
        Instant at;
        try {
            at = LocalDateTime.parse(time, TIME).atZone(Flags.BEIJING).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("collection.import.error.time", line, time);
        }
        if (at.isAfter(now.plus(CLOCK_SLACK)) || at.isBefore(oldest.atStartOfDay(Flags.BEIJING).toInstant())) {
            throw new InvalidValueException("collection.import.error.timeRange", line, time);
        }
        String number = record.get(1);
        if (!IncidentRules.plausibleNumber(number)) {
            throw new InvalidValueException("collection.import.error.number", line, number);
        }
        Boolean answered = yesNo(record.get(2));
        if (answered == null) {
            throw new InvalidValueException("collection.import.error.answered", line, record.get(2));
        }
        Boolean automated = record.size() == 4 && !record.get(3).isEmpty() ? yesNo(record.get(3)) : Boolean.FALSE;
        if (automated == null) {
            throw new InvalidValueException("collection.import.error.automated", line, record.get(3));
        }
        return new Line(line, at, number.strip(), answered, automated);
    }

    /** A first line whose first cell has no digit is a header (时间, time, ...). */
    private static boolean header(CSVRecord record) {
        return record.get(0).chars().noneMatch(Character::isDigit);
    }

    static Boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "是", "1", "true", "接通", "已接" -> Boolean.TRUE;
            case "no", "n", "否", "0", "false", "未接", "未接通" -> Boolean.FALSE;
            default -> null;
        };
    }
}
