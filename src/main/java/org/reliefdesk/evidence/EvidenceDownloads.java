package org.reliefdesk.evidence;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.UserFacingException;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.AccessDeniedException;

/**
 * Serves evidence through the Vaadin session (so the signed-in user and the
 * service's access check apply to every request), after the service verified the
 * bytes. Downloads are attachments under the original name (RFC 5987 for Chinese
 * names); previews and recordings are inline.
 */
public final class EvidenceDownloads {

    private EvidenceDownloads() {
    }

    public static DownloadHandler handler(EvidenceService service, long caseId, long evidenceId, ReadPurpose purpose) {
        return event -> serve(service, caseId, evidenceId, purpose, event);
    }

    private static void serve(EvidenceService service, long caseId, long evidenceId, ReadPurpose purpose,
            DownloadEvent event) throws IOException {
        UI ui = event.getUI();
        String rangeHeader = purpose == ReadPurpose.PLAY ? event.getRequest().getHeader("Range") : null;
        // A player's later ranges continue a playback whose first request was verified and audited.
        boolean continuation = rangeHeader != null && !rangeHeader.strip().matches("bytes=0*-.*");
        try (EvidenceContent content = continuation ? service.continuePlaying(caseId, evidenceId)
                : service.open(caseId, evidenceId, purpose)) {
            EvidenceItem item = content.item();
            event.getResponse().setHeader("Content-Disposition", contentDisposition(purpose, item.originalName()));
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getResponse().setHeader("Cache-Control", "no-store");
            event.setContentType(item.mediaType());
            event.getResponse().setHeader("Accept-Ranges", purpose == ReadPurpose.PLAY ? "bytes" : "none");
            long[] range = purpose == ReadPurpose.PLAY ? range(rangeHeader, item.size()) : null;
            if (range == null) {
                event.setContentLength(item.size());
                content.stream().transferTo(event.getOutputStream());
            } else {
                // Players (Safari's in particular) ask for byte ranges; the whole file was verified all the same.
                long length = range[1] - range[0] + 1;
                event.getResponse().setStatus(206);
                event.getResponse().setHeader("Content-Range", "bytes %d-%d/%d".formatted(range[0], range[1],
                        item.size()));
                event.setContentLength(length);
                content.stream().skipNBytes(range[0]);
                try (InputStream part = new BoundedInputStream(content.stream(), length)) {
                    part.transferTo(event.getOutputStream());
                }
            }
        } catch (NotFoundException | AccessDeniedException e) {
            event.getResponse().setStatus(404);
        } catch (UserFacingException e) {
            event.getResponse().setStatus(409);
            if (ui != null) {
                String message = ui.getTranslation(e.messageKey(), e.arguments());
                ui.access(() -> EvidenceUploadHandler.error(message));
            }
        }
    }

    /**
     * The one byte range asked for ({@code bytes=a-b}, {@code bytes=a-}, {@code bytes=-n}), clamped to the
     * file, or null to send everything (no header, several ranges, or one that cannot be satisfied).
     */
    static long[] range(String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return null;
        }
        String spec = header.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            long start;
            long end;
            if (dash == 0) {
                long suffix = Long.parseLong(spec.substring(1));
                start = Math.max(0, size - suffix);
                end = size - 1;
            } else {
                start = Long.parseLong(spec.substring(0, dash));
                end = dash == spec.length() - 1 ? size - 1 : Math.min(size - 1, Long.parseLong(spec.substring(dash + 1)));
            }
            return start <= end && start < size ? new long[] {start, end} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Stops after a number of bytes; closing it leaves the underlying stream to its owner. */
    private static final class BoundedInputStream extends java.io.FilterInputStream {

        private long remaining;

        BoundedInputStream(InputStream in, long length) {
            super(in);
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            remaining--;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = super.read(buffer, offset, (int) Math.min(length, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }

        @Override
        public void close() {
            // the EvidenceContent closes the file
        }
    }

    static String contentDisposition(ReadPurpose purpose, String fileName) {
        ContentDisposition.Builder builder = purpose == ReadPurpose.DOWNLOAD
                ? ContentDisposition.attachment() : ContentDisposition.inline();
        return builder.filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
