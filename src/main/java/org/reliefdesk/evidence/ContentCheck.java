package org.reliefdesk.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Set;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;
import org.reliefdesk.shared.InvalidValueException;

/**
 * Finds a file's type from its first bytes (Tika's magic numbers, no name hint, no
 * declared type) and accepts only the allow-list (docs/decisions/008-evidence-vault.md).
 */
final class ContentCheck {

    /** Enough for every magic number on the list (MP4/HEIC brands, Ogg codec headers). */
    static final int HEAD = 64 * 1024;

    static final Set<String> ALLOWED = Set.of(
            "application/pdf",
            "image/jpeg", "image/png", "image/webp", "image/heic", "image/heif",
            "audio/mpeg", "audio/mp4", "video/mp4", "audio/x-aac", "audio/amr", "audio/amr-wb",
            "audio/vnd.wave", "audio/ogg", "audio/vorbis", "audio/opus", "application/ogg");

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private ContentCheck() {
    }

    /** The head read so far and the rest of the stream, put back together. */
    record Checked(String mediaType, InputStream whole) {
    }

    /** Reads up to {@link #HEAD} bytes, refuses empty or disallowed content, and hands back the whole stream. */
    static Checked check(InputStream content) throws IOException {
        byte[] head = content.readNBytes(HEAD);
        if (head.length == 0) {
            throw new InvalidValueException("evidence.error.empty");
        }
        String type = detect(head);
        if (!ALLOWED.contains(type)) {
            throw new InvalidValueException("evidence.error.type", type);
        }
        return new Checked(type, new SequenceInputStream(new ByteArrayInputStream(head), content));
    }

    static String detect(byte[] head) throws IOException {
        try (TikaInputStream stream = TikaInputStream.get(head)) {
            MediaType type = TYPES.detect(stream, new Metadata(), new ParseContext());
            return type.getBaseType().toString();
        }
    }

}
