package org.reliefdesk.negotiation;

/** The traffic light of an affordability check; {@link #UNKNOWN} when the case has no budget. */
public enum AffordabilityLevel {
    GREEN, AMBER, RED, UNKNOWN
}
