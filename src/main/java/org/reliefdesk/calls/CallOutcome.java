package org.reliefdesk.calls;

/** How a call ended. {@link #ABUSIVE} calls are flagged and can open a collection incident. */
public enum CallOutcome {
    NO_ANSWER, CALLBACK_PROMISED, OFFER_MADE, OFFER_ACCEPTED, REFUSED, ABUSIVE
}
