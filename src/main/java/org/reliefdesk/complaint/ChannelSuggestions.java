package org.reliefdesk.complaint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reliefdesk.casefile.LenderType;

/**
 * Suggests where to file, most pressing first (decision 011): the police for threats and
 * impersonation; then the lender's own line for a licensed lender; then the lender's
 * regulator by type; then the channels for the grievance (12321 for harassment and data
 * misuse, 12363 for the credit report, 12315 for fee-charging agencies); NIFA for online
 * platforms; a court for unlawful rates. Each channel appears once, with its first reason.
 * The counsellor chooses.
 */
public final class ChannelSuggestions {

    private ChannelSuggestions() {
    }

    /**
     * @param lenderType the respondent lender's type, or null for an agency
     * @param agency whether the respondent is a collection or "negotiation" agency
     */
    public static List<ChannelSuggestion> suggest(LenderType lenderType, boolean agency,
            Collection<Grievance> grievances) {
        Map<ChannelCode, String> out = new LinkedHashMap<>();
        if (grievances.contains(Grievance.THREAT_OR_VIOLENCE)) {
            out.putIfAbsent(ChannelCode.POLICE_110, "complaint.suggest.threat");
        }
        if (grievances.contains(Grievance.IMPERSONATION_OR_FAKE_PAPERS)) {
            out.putIfAbsent(ChannelCode.POLICE_110, "complaint.suggest.impersonation");
        }
        if (!agency && lenderType != null) {
            switch (lenderType) {
                case BANK, CONSUMER_FINANCE -> {
                    out.putIfAbsent(ChannelCode.LENDER, "complaint.suggest.lenderFirst");
                    out.putIfAbsent(ChannelCode.NFRA_12378, "complaint.suggest.bank");
                }
                case MICROLOAN -> {
                    out.putIfAbsent(ChannelCode.LENDER, "complaint.suggest.lenderFirst");
                    out.putIfAbsent(ChannelCode.LOCAL_FINANCIAL_REGULATOR, "complaint.suggest.microloan");
                }
                case ONLINE_PLATFORM -> out.putIfAbsent(ChannelCode.LENDER, "complaint.suggest.lenderFirst");
                case OTHER_LICENSED -> out.putIfAbsent(ChannelCode.LENDER, "complaint.suggest.lenderFirst");
                case UNLICENSED_OR_UNKNOWN -> {
                    out.putIfAbsent(ChannelCode.POLICE_110, "complaint.suggest.unlicensed");
                    out.putIfAbsent(ChannelCode.LOCAL_FINANCIAL_REGULATOR, "complaint.suggest.unlicensed");
                }
            }
        }
        if (grievances.contains(Grievance.HARASSING_CONTACT)) {
            out.putIfAbsent(ChannelCode.MIIT_12321, "complaint.suggest.harassment");
        }
        if (grievances.contains(Grievance.PERSONAL_DATA_MISUSE)
                || grievances.contains(Grievance.THIRD_PARTY_DISCLOSURE)) {
            out.putIfAbsent(ChannelCode.MIIT_12321, "complaint.suggest.dataMisuse");
        }
        if (grievances.contains(Grievance.CREDIT_REPORT_ERROR)) {
            out.putIfAbsent(ChannelCode.PBOC_12363, "complaint.suggest.creditReport");
        }
        if (grievances.contains(Grievance.AGENCY_FEES) || (agency && grievances.contains(Grievance.EXTRA_FEES))) {
            out.putIfAbsent(ChannelCode.SAMR_12315, "complaint.suggest.agencyFees");
        }
        if (!agency && lenderType == LenderType.ONLINE_PLATFORM) {
            out.putIfAbsent(ChannelCode.NIFA, "complaint.suggest.platform");
        }
        if (grievances.contains(Grievance.UNLAWFUL_RATE) || grievances.contains(Grievance.UPFRONT_DEDUCTION)) {
            out.putIfAbsent(ChannelCode.COURT, "complaint.suggest.rate");
        }
        List<ChannelSuggestion> list = new ArrayList<>();
        out.forEach((code, reason) -> list.add(new ChannelSuggestion(code, reason)));
        return List.copyOf(list);
    }
}
