package org.reliefdesk.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone to reach in an emergency; their number is encrypted like the client's. */
@Entity
@Table(name = "case_emergency_contact")
class EmergencyContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String relationship;

    @Column(name = "phone_cipher", nullable = false)
    private byte[] phoneCipher;

    protected EmergencyContact() {
    }

    EmergencyContact(String name, String relationship, byte[] phoneCipher) {
        this.name = name;
        this.relationship = relationship;
        this.phoneCipher = phoneCipher;
    }

    String name() {
        return name;
    }

    String relationship() {
        return relationship;
    }

    byte[] phoneCipher() {
        return phoneCipher;
    }
}
