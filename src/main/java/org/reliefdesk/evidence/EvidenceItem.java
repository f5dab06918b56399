package org.reliefdesk.evidence;

import java.time.Instant;
import java.util.List;
import org.reliefdesk.security.Role;

/**
 * One stored file and what is known about it. The storage key is internal and
 * never shown; the original name is only a label.
 *
 * @param mediaType the type found in the file's bytes, e.g. {@code application/pdf}
 * @param sha256 lower-case hex of the bytes as received
 * @param links the debts, calls, proposals, ... it is linked to (besides its case)
 */
public record EvidenceItem(
        long id,
        long caseId,
        EvidenceCategory category,
        String originalName,
        String mediaType,
        long size,
        String sha256,
        String uploadedBy,
        Role uploaderRole,
        Instant uploadedAt,
        String description,
        boolean sharedWithClient,
        List<EvidenceTarget> links) {

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    public boolean isPdf() {
        return "application/pdf".equals(mediaType);
    }

    public boolean isAudio() {
        return mediaType.startsWith("audio/") || "application/ogg".equals(mediaType);
    }

    public boolean isVideo() {
        return mediaType.startsWith("video/");
    }

    /** Whether browsers show it inline: images (not HEIC, which most cannot draw) and PDFs. */
    public boolean previewable() {
        return (isImage() && !mediaType.startsWith("image/hei")) || isPdf();
    }

    /**
     * Whether browsers play it in the page. AMR (common for phone-call recordings in China) is
     * stored and downloadable but no browser decodes it; transcoding is a later step.
     */
    public boolean playable() {
        return (isAudio() || isVideo()) && !mediaType.startsWith("audio/amr");
    }

    public boolean linkedTo(EvidenceTarget target) {
        return links.contains(target);
    }
}
