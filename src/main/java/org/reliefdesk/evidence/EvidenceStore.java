package org.reliefdesk.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where evidence bytes live. The default keeps them under the data directory
 * ({@code FileSystemEvidenceStore}); an S3-compatible store can replace it as
 * another bean (docs/decisions/008-evidence-vault.md). Keys are made by the store,
 * never from a user's file name.
 */
public interface EvidenceStore {

    /**
     * Stores the stream's bytes under a new key, all or nothing: when this throws,
     * nothing is left behind. The caller limits the stream's length.
     */
    Stored put(InputStream content) throws IOException;

    /** The stored bytes, for streaming; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Removes the bytes; a missing key is not an error (deletes are retried after failures). */
    void delete(String key);

    /** Whether bytes are stored under the key (for tests and consistency checks). */
    boolean exists(String key);

    /** What was stored: the new key, the byte count and the SHA-256 (lower-case hex) computed while writing. */
    record Stored(String key, long size, String sha256) {
    }
}
