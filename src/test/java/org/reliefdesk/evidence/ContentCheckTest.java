package org.reliefdesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.reliefdesk.shared.InvalidValueException;

class ContentCheckTest {

    @Test
    void the_allowed_kinds_are_recognised_from_their_first_bytes() throws IOException {
        assertThat(ContentCheck.detect(EvidenceSamples.pdf(100))).isEqualTo("application/pdf");
        assertThat(ContentCheck.detect(EvidenceSamples.png())).isEqualTo("image/png");
        assertThat(ContentCheck.detect(EvidenceSamples.amr())).isEqualTo("audio/amr");
        assertThat(ContentCheck.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0))).isEqualTo("image/jpeg");
        assertThat(ContentCheck.detect(ascii("ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000"))).isEqualTo("audio/mpeg");
        assertThat(ContentCheck.detect(ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt "))).isEqualTo("audio/vnd.wave");
        assertThat(ContentCheck.detect(ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 "))).isEqualTo("image/webp");
        assertThat(ContentCheck.detect(ascii("\u0000\u0000\u0000\u0020ftypM4A \u0000\u0000\u0000\u0000M4A mp42isom")))
                .isEqualTo("audio/mp4");
        assertThat(ContentCheck.detect(ascii("\u0000\u0000\u0000\u0018ftypheic\u0000\u0000\u0000\u0000mif1heic")))
                .isEqualTo("image/heic");
        for (String type : new String[] {"application/pdf", "image/png", "audio/amr", "image/jpeg", "audio/mpeg",
                "audio/vnd.wave", "image/webp", "audio/mp4", "image/heic"}) {
            assertThat(ContentCheck.ALLOWED).contains(type);
        }
    }

    @Test
    void programs_zip_archives_and_web_pages_are_refused_whatever_their_name() {
        assertThatThrownBy(() -> ContentCheck.check(new ByteArrayInputStream(EvidenceSamples.exe())))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ContentCheck.check(new ByteArrayInputStream(ascii("PK\u0003\u0004\u0014\u0000"))))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ContentCheck.check(new ByteArrayInputStream(
                ascii("<html><script>alert(1)</script></html>")))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_checked_stream_still_holds_every_byte() throws IOException {
        byte[] content = EvidenceSamples.pdf(200_000);
        ContentCheck.Checked checked = ContentCheck.check(new ByteArrayInputStream(content));
        assertThat(checked.whole().readAllBytes()).isEqualTo(content);
    }

    @Test
    void download_names_are_sent_in_rfc_5987_form_and_previews_inline() {
        assertThat(EvidenceDownloads.contentDisposition(ReadPurpose.DOWNLOAD, "借款合同.pdf"))
                .startsWith("attachment;").contains("filename*=UTF-8''%E5%80%9F%E6%AC%BE%E5%90%88%E5%90%8C.pdf");
        assertThat(EvidenceDownloads.contentDisposition(ReadPurpose.PREVIEW, "a.png")).startsWith("inline;");
    }

    @Test
    void players_get_the_single_byte_range_they_ask_for_and_anything_else_gets_the_whole_file() {
        assertThat(EvidenceDownloads.range("bytes=0-1", 1000)).containsExactly(0, 1);
        assertThat(EvidenceDownloads.range("bytes=500-", 1000)).containsExactly(500, 999);
        assertThat(EvidenceDownloads.range("bytes=-100", 1000)).containsExactly(900, 999);
        assertThat(EvidenceDownloads.range("bytes=900-5000", 1000)).containsExactly(900, 999);
        assertThat(EvidenceDownloads.range(null, 1000)).isNull();
        assertThat(EvidenceDownloads.range("bytes=0-1,5-6", 1000)).isNull();
        assertThat(EvidenceDownloads.range("bytes=2000-", 1000)).isNull();
        assertThat(EvidenceDownloads.range("bytes=x-y", 1000)).isNull();
    }

    private static byte[] ascii(String text) {
        return Arrays.copyOf(text.getBytes(StandardCharsets.ISO_8859_1), 512);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[512];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
