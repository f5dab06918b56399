package org.reliefdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.evidence.EvidenceDamagedException;
import org.reliefdesk.evidence.EvidenceItem;

class EvidenceBundleTest {

    private final byte[] recording = LetterSamples.bytes("#!AMR\nrecording of a night call");
    private final byte[] screenshot = LetterSamples.bytes("PNG screenshot of an SMS");
    private final EvidenceItem first = LetterSamples.item(31, "夜间 来电录音.amr", EvidenceCategory.CALL_RECORDING,
            recording, Instant.parse("2026-02-11T02:00:00Z"));
    private final EvidenceItem second = LetterSamples.item(32, "短信截图.png", EvidenceCategory.MESSAGE_SCREENSHOT,
            screenshot, Instant.parse("2026-02-12T02:00:00Z"));

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void the_manifest_hashes_match_the_bundled_bytes_in_sha256sum_format() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] letter = LetterSamples.bytes("%PDF-1.7 letter");
        EvidenceBundle.write(out, 9, letter, List.of(
                new EvidenceBundle.Source(first, new ByteArrayInputStream(recording)),
                new EvidenceBundle.Source(second, new ByteArrayInputStream(screenshot))), LetterSamples.WORDS);

        Map<String, byte[]> entries = unzip(out.toByteArray());
        assertThat(entries.keySet()).containsExactly("complaint-9-letter.pdf", "evidence/31-夜间 来电录音.amr",
                "evidence/32-短信截图.png", EvidenceBundle.SUMS, EvidenceBundle.MANIFEST);
        String[] sums = new String(entries.get(EvidenceBundle.SUMS), StandardCharsets.UTF_8).split("\n");
        assertThat(sums).hasSize(3);
        for (String line : sums) {
            // sha256sum -c reads "<64 hex><two spaces><path>".
            assertThat(line).matches("[0-9a-f]{64}  \\S.*");
            String hash = line.substring(0, 64);
            String name = line.substring(66);
            assertThat(LetterSamples.sha256(entries.get(name))).as(name).isEqualTo(hash);
        }
        assertThat(sums).contains(first.sha256() + "  evidence/31-夜间 来电录音.amr");
        String manifest = new String(entries.get(EvidenceBundle.MANIFEST), StandardCharsets.UTF_8);
        assertThat(manifest).contains("通话录音", "2026-02-11", second.sha256(), "sha256sum -c SHA256SUMS");
    }

    @Test
    void a_file_whose_bytes_differ_from_its_recorded_hash_fails_the_bundle() {
        byte[] changed = LetterSamples.bytes("PNG screenshot of an SMX");
        assertThatThrownBy(() -> EvidenceBundle.write(new ByteArrayOutputStream(), 9, new byte[] {1}, List.of(
                new EvidenceBundle.Source(first, new ByteArrayInputStream(recording)),
                new EvidenceBundle.Source(second, new ByteArrayInputStream(changed))), LetterSamples.WORDS))
                .isInstanceOf(EvidenceDamagedException.class);
    }
}
