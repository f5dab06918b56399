package org.reliefdesk.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.reliefdesk.shared.InvalidValueException;

/** Stops a stream as soon as it passes the size limit, so an oversize upload is never stored whole. */
final class LimitedInputStream extends FilterInputStream {

    private final long max;
    private long count;

    LimitedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b != -1) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) {
        count += n;
        if (count > max) {
            throw tooLarge(max);
        }
    }

    static InvalidValueException tooLarge(long max) {
        return new InvalidValueException("evidence.error.tooLarge", EvidenceService.megabytes(max));
    }
}
