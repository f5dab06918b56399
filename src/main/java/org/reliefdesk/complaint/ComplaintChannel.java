package org.reliefdesk.complaint;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.reliefdesk.casefile.LenderType;

/**
 * One version of a complaint channel, in force from {@code effectiveFrom} until a later
 * version of the same code.
 *
 * @param rule the answer deadline, or null when the channel has none (then {@code followUp*} says what to do)
 * @param fullIdInLetter whether the letter shows the client's full ID number (else masked)
 * @param fullPhoneInLetter whether the letter shows the client's full mobile number (else masked)
 */
public record ComplaintChannel(
        long id,
        ChannelCode code,
        LocalDate effectiveFrom,
        String nameZh,
        String nameEn,
        String handlesZh,
        String handlesEn,
        Set<LenderType> lenderTypes,
        Set<Grievance> grievances,
        AnswerRule rule,
        String ruleSource,
        String followUpZh,
        String followUpEn,
        boolean fullIdInLetter,
        boolean fullPhoneInLetter) {

    public ComplaintChannel {
        lenderTypes = Set.copyOf(lenderTypes);
        grievances = Set.copyOf(grievances);
    }

    public boolean hasDeadline() {
        return rule != null;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String handles(Locale locale) {
        return "en".equals(locale.getLanguage()) ? handlesEn : handlesZh;
    }

    public String followUp(Locale locale) {
        return "en".equals(locale.getLanguage()) ? followUpEn : followUpZh;
    }
}
