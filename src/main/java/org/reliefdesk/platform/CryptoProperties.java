package org.reliefdesk.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for {@link SensitiveData}, each the base64 of 32 random bytes
 * ({@code openssl rand -base64 32}).
 *
 * @param dataKey encrypts sensitive values ({@code RELIEFDESK_CRYPTO_DATA_KEY}); losing it loses the data
 * @param indexKey keys the blind indexes used to search them ({@code RELIEFDESK_CRYPTO_INDEX_KEY})
 */
@ConfigurationProperties("reliefdesk.crypto")
public record CryptoProperties(String dataKey, String indexKey) {

    // A record would print the keys, and configuration gets logged when start-up fails.
    @Override
    public String toString() {
        return "CryptoProperties[dataKey=" + (isBlank(dataKey) ? "unset" : "set")
                + ", indexKey=" + (isBlank(indexKey) ? "unset" : "set") + "]";
    }

    private static boolean isBlank(String key) {
        return key == null || key.isBlank();
    }
}
