package org.reliefdesk.evidence;

import java.io.InputStream;

/**
 * A file as it arrives: the name the sender gave it (a label only) and its bytes,
 * read once, as a stream. Any type the sender declared is deliberately not taken:
 * the type is found in the bytes.
 */
public record UploadedFile(String fileName, InputStream content) {
}
