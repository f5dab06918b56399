package org.reliefdesk.complaint;

import java.time.LocalDate;
import java.util.Set;
import org.reliefdesk.casefile.LenderType;

/** A new version of a channel, as an administrator enters it; see {@link ComplaintChannel}. */
public record ChannelDefinition(
        ChannelCode code,
        LocalDate effectiveFrom,
        String nameZh,
        String nameEn,
        String handlesZh,
        String handlesEn,
        Set<LenderType> lenderTypes,
        Set<Grievance> grievances,
        Integer answerDays,
        Integer extendableToDays,
        Integer maxDays,
        String ruleSource,
        String followUpZh,
        String followUpEn,
        boolean fullIdInLetter,
        boolean fullPhoneInLetter) {
}
