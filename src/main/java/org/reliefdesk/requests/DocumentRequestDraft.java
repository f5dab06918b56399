package org.reliefdesk.requests;

import java.time.LocalDate;
import org.reliefdesk.evidence.EvidenceCategory;

/**
 * What a counsellor asks the client for.
 *
 * @param category what the document is filed as; one a client may upload
 * @param description what exactly is wanted, in words the client understands
 * @param dueOn a Beijing date, today or later
 */
public record DocumentRequestDraft(EvidenceCategory category, String description, LocalDate dueOn) {
}
