package org.reliefdesk.evidence;

import java.text.Normalizer;
import org.reliefdesk.shared.InvalidValueException;

/**
 * Checks the name a file arrived with. It is only ever a label (files are stored
 * under random ids), but a name with path separators or control characters is
 * refused rather than silently changed, so what the counsellor sees is what was sent.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    static String check(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("evidence.error.nameMissing");
        }
        String normalized = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        if (normalized.codePointCount(0, normalized.length()) > MAX_LENGTH) {
            throw new InvalidValueException("evidence.error.nameTooLong", MAX_LENGTH);
        }
        if (normalized.equals(".") || normalized.equals("..")) {
            throw new InvalidValueException("evidence.error.namePath");
        }
        for (int i = 0; i < normalized.length(); ) {
            int c = normalized.codePointAt(i);
            if (c == '/' || c == '\\') {
                throw new InvalidValueException("evidence.error.namePath");
            }
            if (Character.isISOControl(c) || isBidiControl(c)) {
                throw new InvalidValueException("evidence.error.nameControl");
            }
            i += Character.charCount(c);
        }
        return normalized;
    }

    /** Right-to-left overrides can disguise "fdp.exe" as "exe.pdf". */
    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }
}
