package org.reliefdesk.evidence;

/** Why stored bytes are read; each is audited under its own action. */
public enum ReadPurpose {
    DOWNLOAD("EVIDENCE_DOWNLOADED"),
    PREVIEW("EVIDENCE_PREVIEWED"),
    PLAY("EVIDENCE_PLAYED");

    private final String action;

    ReadPurpose(String action) {
        this.action = action;
    }

    public String auditAction() {
        return action;
    }
}
