package org.reliefdesk.collection;

import java.util.List;

/** What a pasted or imported call list added, and what the case's days now show. */
public record ImportResult(int imported, List<FrequencyFinding> findings) {

    public ImportResult {
        findings = List.copyOf(findings);
    }
}
