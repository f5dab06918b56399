package org.reliefdesk.collection;

/** What happened during a collector's contact. Rule data maps each category to the rules it breaks. */
public enum IncidentCategory {
    THREAT_OF_VIOLENCE, INSULT, THREAT_OF_ARREST, IMPERSONATION, FAKE_LEGAL_PAPERS, DEBT_DISCLOSURE, PUBLIC_NOTICE,
    EXTRA_FEES, PUSH_TO_BORROW, REPEATED_CALLS
}
