package org.reliefdesk.complaint;

/**
 * What a complaint is about, in words the complaint channels understand. Collection
 * incidents map their categories and flags onto these; the rest are recorded on the
 * complaint itself. The complaint form suggests a channel from them and the lender type.
 */
public enum Grievance {
    /** Night-time contact, too many attempts or automated calls, insults, repeated calls. */
    HARASSING_CONTACT,
    /** Threats of violence, violence, intimidation (刑法 第293条之一). */
    THREAT_OR_VIOLENCE,
    /** Impersonating police, a court or a lawyer; fake legal papers; threats of arrest. */
    IMPERSONATION_OR_FAKE_PAPERS,
    /** Contacting relatives, colleagues, phone-book contacts or the public; disclosing the debt. */
    THIRD_PARTY_DISCLOSURE,
    /** Misuse of the contact list or other personal data (PIPL). */
    PERSONAL_DATA_MISUSE,
    /** Demanding fees that were never agreed. */
    EXTRA_FEES,
    /** Pushing the borrower to take new loans to repay (以贷养贷). */
    FORCED_BORROWING,
    /** A true rate above the line that applies to the lender. */
    UNLAWFUL_RATE,
    /** Interest or fees deducted from the principal up front (砍头息). */
    UPFRONT_DEDUCTION,
    /** Refusing any repayment arrangement or to talk to the counsellor. */
    REFUSAL_TO_NEGOTIATE,
    /** A "negotiation agency" that charged money or promised what it cannot deliver. */
    AGENCY_FEES,
    /** A wrong entry in the credit report (征信), or an objection not handled. */
    CREDIT_REPORT_ERROR
}
