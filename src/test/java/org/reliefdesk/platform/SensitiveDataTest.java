package org.reliefdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

class SensitiveDataTest {

    private static final byte[] DATA_KEY = key(1);
    private static final byte[] INDEX_KEY = key(2);

    private final SensitiveData sensitiveData = new SensitiveData(DATA_KEY, INDEX_KEY);

    @Test
    void a_value_survives_encryption_and_decryption_including_chinese_text() {
        for (String value : new String[] {"11010519491231002X", "王静，北京市朝阳区建国路 88 号", "", "😀"}) {
            assertThat(sensitiveData.decrypt(sensitiveData.encrypt(value))).isEqualTo(value);
        }
    }

    @Test
    void the_stored_form_is_version_nonce_ciphertext_and_tag_and_hides_the_value() {
        byte[] stored = sensitiveData.encrypt("13812345678");

        assertThat(stored[0]).isEqualTo((byte) 1);
        assertThat(stored).hasSize(1 + 12 + "13812345678".length() + 16);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("13812345678");
    }

    @Test
    void encrypting_the_same_value_twice_gives_different_results() {
        byte[] first = sensitiveData.encrypt("11010519491231002X");
        byte[] second = sensitiveData.encrypt("11010519491231002X");

        assertThat(first).isNotEqualTo(second);
        assertThat(sensitiveData.decrypt(first)).isEqualTo(sensitiveData.decrypt(second));
    }

    @Test
    void changing_any_byte_of_a_stored_value_is_detected() {
        byte[] stored = sensitiveData.encrypt("王静");
        for (int i = 1; i < stored.length; i++) {
            byte[] tampered = stored.clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> sensitiveData.decrypt(tampered))
                    .as("byte %d", i)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("integrity check");
        }
    }

    @Test
    void an_unknown_format_version_is_refused_with_a_clear_message() {
        byte[] stored = sensitiveData.encrypt("王静");
        stored[0] = 2;

        assertThatThrownBy(() -> sensitiveData.decrypt(stored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("version 2");
    }

    @Test
    void a_value_too_short_to_be_encrypted_is_refused() {
        assertThatThrownBy(() -> sensitiveData.decrypt(new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("too short");
    }

    @Test
    void a_value_cannot_be_decrypted_with_another_data_key() {
        byte[] stored = sensitiveData.encrypt("13812345678");
        SensitiveData otherKey = new SensitiveData(key(3), INDEX_KEY);

        assertThatThrownBy(() -> otherKey.decrypt(stored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RELIEFDESK_CRYPTO_DATA_KEY");
    }

    @Test
    void null_stays_null_so_optional_fields_need_no_special_case() {
        assertThat(sensitiveData.encrypt(null)).isNull();
        assertThat(sensitiveData.decrypt(null)).isNull();
        assertThat(sensitiveData.blindIndex("phone", null)).isNull();
    }

    @Test
    void a_blind_index_is_deterministic_so_it_can_be_searched_by_equality() {
        byte[] index = sensitiveData.blindIndex("id-number", "11010519491231002X");

        assertThat(index).hasSize(32);
        assertThat(sensitiveData.blindIndex("id-number", "11010519491231002X")).isEqualTo(index);
        assertThat(new SensitiveData(key(9), INDEX_KEY).blindIndex("id-number", "11010519491231002X"))
                .as("the data key plays no part").isEqualTo(index);
        assertThat(sensitiveData.blindIndex("id-number", "110105194912310021")).isNotEqualTo(index);
    }

    @Test
    void the_same_value_gets_different_indexes_for_different_purposes() {
        assertThat(sensitiveData.blindIndex("id-number", "5678"))
                .isNotEqualTo(sensitiveData.blindIndex("phone-last4", "5678"));
        // The separator keeps the boundary between purpose and value.
        assertThat(sensitiveData.blindIndex("phone", "-last4"))
                .isNotEqualTo(sensitiveData.blindIndex("phone-", "last4"));
    }

    @Test
    void the_same_value_gets_different_indexes_under_a_different_index_key() {
        SensitiveData otherIndexKey = new SensitiveData(DATA_KEY, key(4));

        assertThat(otherIndexKey.blindIndex("id-number", "11010519491231002X"))
                .isNotEqualTo(sensitiveData.blindIndex("id-number", "11010519491231002X"));
    }

    @Test
    void a_purpose_containing_the_separator_is_refused() {
        assertThatThrownBy(() -> sensitiveData.blindIndex("id\u001fnumber", "1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void configured_keys_are_used() {
        SensitiveData configured = new SensitiveData(
                new CryptoProperties(base64(DATA_KEY), base64(INDEX_KEY)), demoMode(false));

        assertThat(configured.decrypt(sensitiveData.encrypt("王静"))).isEqualTo("王静");
        assertThat(configured.blindIndex("id-number", "1")).isEqualTo(sensitiveData.blindIndex("id-number", "1"));
    }

    @Test
    void without_keys_demo_mode_uses_the_published_development_keys() throws Exception {
        SensitiveData demo = new SensitiveData(new CryptoProperties(null, " "), demoMode(true));
        SensitiveData devKeys = new SensitiveData(
                sha256("reliefdesk-demo-data-key-NOT-FOR-REAL-DATA"), sha256("reliefdesk-demo-index-key-NOT-FOR-REAL-DATA"));

        assertThat(devKeys.decrypt(demo.encrypt("王静"))).isEqualTo("王静");
        assertThat(demo.blindIndex("id-number", "1")).isEqualTo(devKeys.blindIndex("id-number", "1"));
    }

    @Test
    void without_keys_outside_demo_mode_start_up_fails_and_says_what_to_set() {
        assertThatThrownBy(() -> new SensitiveData(new CryptoProperties(null, null), demoMode(false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RELIEFDESK_CRYPTO_DATA_KEY")
                .hasMessageContaining("RELIEFDESK_CRYPTO_INDEX_KEY")
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> new SensitiveData(new CryptoProperties(base64(DATA_KEY), ""), demoMode(false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("RELIEFDESK_CRYPTO_INDEX_KEY is not set");
    }

    @Test
    void a_key_of_the_wrong_length_is_refused() {
        assertThatThrownBy(() -> new SensitiveData(
                new CryptoProperties(base64(new byte[16]), base64(INDEX_KEY)), demoMode(true)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RELIEFDESK_CRYPTO_DATA_KEY must be 32 bytes")
                .hasMessageContaining("is 16");
        assertThatThrownBy(() -> new SensitiveData(DATA_KEY, new byte[31]))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_key_that_is_not_base64_is_refused() {
        assertThatThrownBy(() -> new SensitiveData(
                new CryptoProperties(base64(DATA_KEY), "not base64!"), demoMode(false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RELIEFDESK_CRYPTO_INDEX_KEY is not valid base64");
    }

    @Test
    void the_same_key_for_data_and_index_is_refused() {
        assertThatThrownBy(() -> new SensitiveData(
                new CryptoProperties(base64(DATA_KEY), base64(DATA_KEY)), demoMode(false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must be different");
    }

    @Test
    void the_configuration_never_prints_its_keys() {
        CryptoProperties properties = new CryptoProperties(base64(DATA_KEY), null);

        assertThat(properties.toString()).doesNotContain(base64(DATA_KEY)).contains("dataKey=set", "indexKey=unset");
    }

    @Test
    void spring_reads_the_keys_from_the_documented_environment_variables() {
        Map<String, Object> variables = Map.of(
                "RELIEFDESK_CRYPTO_DATA_KEY", base64(DATA_KEY),
                "RELIEFDESK_CRYPTO_INDEX_KEY", base64(INDEX_KEY),
                "RELIEFDESK_DEMO", "false");
        new ApplicationContextRunner()
                .withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)))
                .withUserConfiguration(CryptoConfiguration.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(SensitiveData.class).decrypt(sensitiveData.encrypt("王静")))
                            .isEqualTo("王静");
                });
    }

    @EnableConfigurationProperties({CryptoProperties.class, ReliefDeskProperties.class})
    @Import({DemoMode.class, SensitiveData.class})
    static class CryptoConfiguration {
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return key;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] sha256(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static DemoMode demoMode(boolean enabled) {
        return new DemoMode(new ReliefDeskProperties(Path.of("./data"), enabled, null,
                new ReliefDeskProperties.EmbeddedDatabase(true),
                new ReliefDeskProperties.Login(5, Duration.ofMinutes(3), 30, Duration.ofMinutes(2), 20,
                        Duration.ofMinutes(1))), new MockEnvironment());
    }
}
