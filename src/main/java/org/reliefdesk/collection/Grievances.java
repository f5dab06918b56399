package org.reliefdesk.collection;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.reliefdesk.complaint.Grievance;

/** What a complaint about an incident is about, from its categories, whom it reached and its flags. */
final class Grievances {

    private Grievances() {
    }

    static Set<Grievance> of(IncidentDetails d, List<ConductRule> flags) {
        Set<Grievance> grievances = EnumSet.noneOf(Grievance.class);
        for (IncidentCategory category : d.categories()) {
            grievances.add(of(category));
        }
        if (d.reached() != Reached.CLIENT) {
            grievances.add(Grievance.THIRD_PARTY_DISCLOSURE);
        }
        for (ConductRule rule : flags) {
            switch (rule.kind()) {
                case NIGHT, UNANSWERED_ATTEMPTS, AUTOMATED_CONNECTED -> grievances.add(Grievance.HARASSING_CONTACT);
                case THIRD_PARTY -> grievances.add(Grievance.THIRD_PARTY_DISCLOSURE);
                case CATEGORY -> {
                    // Already covered by the incident's categories.
                }
            }
        }
        return grievances;
    }

    static Grievance of(IncidentCategory category) {
        return switch (category) {
            case INSULT, REPEATED_CALLS -> Grievance.HARASSING_CONTACT;
            case THREAT_OF_VIOLENCE -> Grievance.THREAT_OR_VIOLENCE;
            case THREAT_OF_ARREST, IMPERSONATION, FAKE_LEGAL_PAPERS -> Grievance.IMPERSONATION_OR_FAKE_PAPERS;
            case DEBT_DISCLOSURE, PUBLIC_NOTICE -> Grievance.THIRD_PARTY_DISCLOSURE;
            case EXTRA_FEES -> Grievance.EXTRA_FEES;
            case PUSH_TO_BORROW -> Grievance.FORCED_BORROWING;
        };
    }
}
