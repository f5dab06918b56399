package org.reliefdesk.evidence;

/** Narrows a case's evidence list; {@code null} fields do not narrow. */
public record EvidenceFilter(EvidenceCategory category, Long debtId) {

    public static EvidenceFilter none() {
        return new EvidenceFilter(null, null);
    }
}
