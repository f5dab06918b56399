package org.reliefdesk.evidence;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize the largest file accepted, enforced while streaming ({@code RELIEFDESK_EVIDENCE_MAX_SIZE})
 * @param directory where the file store keeps the bytes; empty means {@code <data dir>/evidence}
 */
@ConfigurationProperties("reliefdesk.evidence")
public record EvidenceProperties(@DefaultValue("200MB") DataSize maxSize, Path directory) {
}
