package org.reliefdesk.audit;

/**
 * The result of walking the audit chain.
 *
 * @param rowsChecked how many rows were read
 * @param firstBrokenId the first row whose hash or link does not match, or {@code null} when intact
 */
public record ChainVerification(long rowsChecked, Long firstBrokenId) {

    public boolean intact() {
        return firstBrokenId == null;
    }
}
