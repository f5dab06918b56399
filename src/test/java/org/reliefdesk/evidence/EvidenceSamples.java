package org.reliefdesk.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small files whose first bytes make them what they claim (or not), for upload tests. */
final class EvidenceSamples {

    private EvidenceSamples() {
    }

    static byte[] pdf(int size) {
        return padded("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", size);
    }

    static byte[] png() {
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
        return Arrays.copyOf(header, 200);
    }

    static byte[] amr() {
        return padded("#!AMR\n", 4000);
    }

    /** A Windows program, whatever it is named. */
    static byte[] exe() {
        byte[] bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    static UploadedFile file(String name, byte[] content) {
        return new UploadedFile(name, new ByteArrayInputStream(content));
    }

    /** A stream that breaks off after some bytes, as when a phone loses its connection mid-upload. */
    static UploadedFile interrupted(String name, byte[] head, long breakAfter) {
        return new UploadedFile(name, new InputStream() {
            private long position;

            @Override
            public int read() throws IOException {
                if (position >= breakAfter) {
                    throw new IOException("Connection reset by peer");
                }
                return position < head.length ? head[(int) position++] & 0xff : (int) (position++ & 0x7f);
            }
        });
    }

    private static byte[] padded(String start, int size) {
        byte[] head = start.getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = Arrays.copyOf(head, Math.max(size, head.length));
        for (int i = head.length; i < bytes.length; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }
}
