package org.reliefdesk.collection;

/** Whom a collector's contact reached. Anyone but the client is a third party. */
public enum Reached {
    CLIENT, RELATIVE, EMERGENCY_CONTACT, COLLEAGUE_OR_EMPLOYER, PHONE_BOOK_CONTACT, PUBLIC
}
