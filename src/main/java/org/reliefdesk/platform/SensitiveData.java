package org.reliefdesk.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Encrypts sensitive values (identity numbers, phone numbers, ...) before they reach
 * the database, so a leaked dump or backup does not expose them.
 *
 * <p>Stored form: one version byte ({@value #VERSION}), a random 12-byte nonce, then the
 * AES-256-GCM ciphertext with its 128-bit tag. The version byte is also authenticated, and
 * lets a later format or key be introduced beside this one.
 *
 * <p>Encrypted values cannot be compared, so lookups go through a {@link #blindIndex blind
 * index}: an HMAC under a second key, stored next to the ciphertext and searched by equality.
 * See docs/decisions/005-sensitive-data-encryption.md.
 */
@Component
public class SensitiveData {

    private static final Logger log = LoggerFactory.getLogger(SensitiveData.class);

    static final byte VERSION = 1;
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final char PURPOSE_SEPARATOR = '\u001f';
    private static final String DATA_KEY_VARIABLE = "RELIEFDESK_CRYPTO_DATA_KEY";
    private static final String INDEX_KEY_VARIABLE = "RELIEFDESK_CRYPTO_INDEX_KEY";
    private static final String HOW_TO_GENERATE = "Generate each with: openssl rand -base64 32";

    private final SecretKey dataKey;
    private final SecretKey indexKey;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    public SensitiveData(CryptoProperties properties, DemoMode demoMode) {
        this(configuredKey(properties.dataKey(), DATA_KEY_VARIABLE, "reliefdesk-demo-data-key-NOT-FOR-REAL-DATA",
                        demoMode),
                configuredKey(properties.indexKey(), INDEX_KEY_VARIABLE, "reliefdesk-demo-index-key-NOT-FOR-REAL-DATA",
                        demoMode));
        List<String> missing = new ArrayList<>();
        if (isBlank(properties.dataKey())) {
            missing.add(DATA_KEY_VARIABLE);
        }
        if (isBlank(properties.indexKey())) {
            missing.add(INDEX_KEY_VARIABLE);
        }
        if (!missing.isEmpty()) {
            log.warn("Demo mode: {} unset, so sensitive data is encrypted with a published development key."
                    + " Never keep real client data this way. {}", String.join(" and ", missing), HOW_TO_GENERATE);
        }
        if (MessageDigest.isEqual(dataKey.getEncoded(), indexKey.getEncoded())) {
            // One key for both would let a leak of the index key expose the data too.
            throw new IllegalStateException(DATA_KEY_VARIABLE + " and " + INDEX_KEY_VARIABLE
                    + " must be different keys. " + HOW_TO_GENERATE);
        }
    }

    /** Without Spring, for tests: each key is 32 raw bytes. */
    public SensitiveData(byte[] dataKey, byte[] indexKey) {
        this.dataKey = new SecretKeySpec(checkLength(dataKey, "data key"), "AES");
        this.indexKey = new SecretKeySpec(checkLength(indexKey, "index key"), "HmacSHA256");
    }

    /** {@code null} stays {@code null}, so optional fields need no special case. */
    public byte[] encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(new byte[] {VERSION});
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * {@code null} stays {@code null}.
     *
     * @throws IllegalStateException if the value is not in a known format, was altered,
     *         or was encrypted under another key
     */
    public String decrypt(byte[] stored) {
        if (stored == null) {
            return null;
        }
        if (stored.length < 1 + NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("Encrypted value is too short (" + stored.length
                    + " bytes) to be in ReliefDesk's format; it is damaged or not encrypted by ReliefDesk.");
        }
        if (stored[0] != VERSION) {
            throw new IllegalStateException("Encrypted value has format version " + stored[0]
                    + "; this version of ReliefDesk reads only version " + VERSION + ".");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            cipher.updateAAD(stored, 0, 1);
            byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("Encrypted value failed its integrity check: it was altered, or it was"
                    + " encrypted with a different " + DATA_KEY_VARIABLE + ".", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * A deterministic HMAC-SHA256 of the value, to find rows by equality without decrypting.
     * The purpose (e.g. {@code "id-number"}, {@code "phone-last4"}) is mixed in, so equal
     * values in different fields do not get equal indexes and cannot be linked. Callers
     * normalise the value first (e.g. through {@code ChineseIdNumber}), or equal values miss.
     * {@code null} stays {@code null}.
     */
    public byte[] blindIndex(String purpose, String normalisedValue) {
        Objects.requireNonNull(purpose, "purpose");
        if (purpose.indexOf(PURPOSE_SEPARATOR) >= 0) {
            // Otherwise ("a\u001fb", "c") and ("a", "b\u001fc") would share an index.
            throw new IllegalArgumentException("A purpose must not contain the separator U+001F");
        }
        if (normalisedValue == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return mac.doFinal((purpose + PURPOSE_SEPARATOR + normalisedValue).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] configuredKey(String base64, String variable, String demoSeed, DemoMode demoMode) {
        if (isBlank(base64)) {
            if (demoMode.isEnabled()) {
                return sha256(demoSeed);
            }
            throw new IllegalStateException(variable + " is not set. ReliefDesk encrypts sensitive client data and"
                    + " needs two keys: set " + DATA_KEY_VARIABLE + " and " + INDEX_KEY_VARIABLE
                    + " to different random 32-byte keys in base64. " + HOW_TO_GENERATE
                    + ". Keep them safe and backed up: without the data key the encrypted data cannot be read.");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(variable + " is not valid base64. " + HOW_TO_GENERATE);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(variable + " must be " + KEY_BYTES + " bytes after base64 decoding, but is "
                    + key.length + ". " + HOW_TO_GENERATE);
        }
        return key;
    }

    private static byte[] checkLength(byte[] key, String name) {
        Objects.requireNonNull(key, name);
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("The " + name + " must be " + KEY_BYTES + " bytes, but is " + key.length);
        }
        return key.clone();
    }

    private static byte[] sha256(String seed) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
