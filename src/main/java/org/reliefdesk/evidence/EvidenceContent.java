package org.reliefdesk.evidence;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bytes whose hash was checked against the stored one just before this was handed
 * out. The caller streams and closes it; it is never held in memory whole.
 */
public record EvidenceContent(EvidenceItem item, InputStream stream) implements Closeable {

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
