package org.reliefdesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * SHA-256 over the previous row's hash and a canonical encoding of this row.
 * Each field is length-prefixed, so no two different rows encode alike.
 */
final class AuditHash {

    static final byte[] GENESIS = new byte[32];

    private AuditHash() {
    }

    static byte[] of(byte[] previousHash, AuditEntry entry) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, Long.toString(entry.id()));
        field(canonical, Long.toString(epochMicros(entry.occurredAt())));
        field(canonical, entry.actor());
        field(canonical, entry.remoteAddress());
        field(canonical, entry.caseId() == null ? null : entry.caseId().toString());
        field(canonical, entry.action());
        field(canonical, entry.targetType());
        field(canonical, entry.targetId());
        field(canonical, entry.summary());
        field(canonical, entry.details());
        MessageDigest sha256 = sha256();
        sha256.update(previousHash);
        sha256.update(canonical.toString().getBytes(StandardCharsets.UTF_8));
        return sha256.digest();
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-1:");
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append(';');
    }

    static long epochMicros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
