package org.reliefdesk.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.reliefdesk.evidence.EvidenceDamagedException;
import org.reliefdesk.evidence.EvidenceItem;
import com.vaadin.flow.i18n.I18NProvider;
import org.reliefdesk.platform.Translations;

/**
 * Writes a complaint's evidence bundle as a ZIP, streaming each file from its source
 * (nothing held whole in memory but the letter): the letter, the listed files under
 * {@code evidence/}, {@code SHA256SUMS} (checkable with {@code sha256sum -c SHA256SUMS}
 * after unpacking) and {@code MANIFEST.txt} for people. Every file is hashed again while
 * it is copied; one that does not match its recorded SHA-256 fails the whole bundle.
 */
public final class EvidenceBundle {

    public static final String SUMS = "SHA256SUMS";
    public static final String MANIFEST = "MANIFEST.txt";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** A listed file and its bytes, already opened (and verified) by the vault. */
    public record Source(EvidenceItem item, InputStream stream) {
    }

    private EvidenceBundle() {
    }

    public static String letterName(long complaintId) {
        return "complaint-" + complaintId + "-letter.pdf";
    }

    public static void write(OutputStream out, long complaintId, byte[] letter, List<Source> files,
            I18NProvider translations) throws IOException {
        Locale zh = Translations.CHINESE;
        List<String[]> rows = new ArrayList<>();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        String letterName = letterName(complaintId);
        zip.putNextEntry(new ZipEntry(letterName));
        zip.write(letter);
        zip.closeEntry();
        rows.add(new String[] {letterName, translations.getTranslation("complaint.bundle.letter", zh), "",
                hex(digest().digest(letter))});
        for (Source file : files) {
            String name = ComplaintLetter.bundleName(file.item());
            zip.putNextEntry(new ZipEntry(name));
            MessageDigest digest = digest();
            try (InputStream in = new DigestInputStream(file.stream(), digest)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
            String actual = hex(digest.digest());
            if (!actual.equals(file.item().sha256())) {
                // The recipient must never get a file that is not what was recorded.
                throw new EvidenceDamagedException();
            }
            rows.add(new String[] {name, translations.getTranslation("evidence.category." + file.item().category(), zh),
                    DAY.format(file.item().uploadedAt()), actual});
        }
        StringBuilder sums = new StringBuilder();
        StringBuilder manifest = new StringBuilder(translations.getTranslation("complaint.bundle.manifestHead", zh,
                String.valueOf(complaintId))).append("\n\n");
        for (String[] row : rows) {
            sums.append(row[3]).append("  ").append(row[0]).append('\n');
            manifest.append(row[0]).append('\n')
                    .append("  ").append(translations.getTranslation("complaint.bundle.category", zh)).append(row[1])
                    .append(row[2].isEmpty() ? "" : "  " + translations.getTranslation("complaint.bundle.date", zh)
                            + row[2]).append('\n')
                    .append("  SHA-256: ").append(row[3]).append('\n');
        }
        manifest.append('\n').append(translations.getTranslation("complaint.bundle.howToCheck", zh)).append('\n');
        zip.putNextEntry(new ZipEntry(SUMS));
        zip.write(sums.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
