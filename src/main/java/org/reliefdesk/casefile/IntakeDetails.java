package org.reliefdesk.casefile;

import java.util.List;

/**
 * What a counsellor enters to open a case for a new client. Identity numbers
 * arrive as typed and are validated by the service.
 */
public record IntakeDetails(
        String fullName,
        String idNumber,
        String mobile,
        String address,
        List<Contact> emergencyContacts,
        HardshipReason hardshipReason,
        String hardshipDetails,
        boolean courtPapersReceived,
        boolean abusiveCollection,
        String clientUsername) {

    /** An emergency contact as typed. */
    public record Contact(String name, String relationship, String mobile) {
    }

    public IntakeDetails {
        emergencyContacts = emergencyContacts == null ? List.of() : List.copyOf(emergencyContacts);
    }
}
