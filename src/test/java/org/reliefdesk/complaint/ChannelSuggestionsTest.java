package org.reliefdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reliefdesk.casefile.LenderType;

class ChannelSuggestionsTest {

    private static List<ChannelCode> codes(LenderType type, boolean agency, Grievance... grievances) {
        return ChannelSuggestions.suggest(type, agency, Set.of(grievances)).stream().map(ChannelSuggestion::code)
                .toList();
    }

    @Test
    void a_bank_is_complained_to_first_and_then_to_12378() {
        assertThat(codes(LenderType.BANK, false, Grievance.REFUSAL_TO_NEGOTIATE))
                .containsExactly(ChannelCode.LENDER, ChannelCode.NFRA_12378);
        assertThat(ChannelSuggestions.suggest(LenderType.CONSUMER_FINANCE, false, Set.of(Grievance.EXTRA_FEES)))
                .contains(new ChannelSuggestion(ChannelCode.NFRA_12378, "complaint.suggest.bank"));
    }

    @Test
    void a_microloan_company_goes_to_the_local_financial_regulator() {
        assertThat(codes(LenderType.MICROLOAN, false, Grievance.UPFRONT_DEDUCTION))
                .containsExactly(ChannelCode.LENDER, ChannelCode.LOCAL_FINANCIAL_REGULATOR, ChannelCode.COURT);
    }

    @Test
    void threats_put_the_police_first_whatever_the_lender() {
        assertThat(codes(LenderType.BANK, false, Grievance.THREAT_OR_VIOLENCE, Grievance.HARASSING_CONTACT))
                .containsExactly(ChannelCode.POLICE_110, ChannelCode.LENDER, ChannelCode.NFRA_12378,
                        ChannelCode.MIIT_12321);
        assertThat(ChannelSuggestions.suggest(null, true, Set.of(Grievance.IMPERSONATION_OR_FAKE_PAPERS)))
                .containsExactly(new ChannelSuggestion(ChannelCode.POLICE_110, "complaint.suggest.impersonation"));
    }

    @Test
    void harassment_and_data_misuse_go_to_12321_once() {
        assertThat(codes(null, true, Grievance.HARASSING_CONTACT, Grievance.PERSONAL_DATA_MISUSE,
                Grievance.THIRD_PARTY_DISCLOSURE)).containsExactly(ChannelCode.MIIT_12321);
    }

    @Test
    void credit_report_problems_go_to_12363_and_agency_fees_to_12315() {
        assertThat(codes(LenderType.ONLINE_PLATFORM, false, Grievance.CREDIT_REPORT_ERROR))
                .containsExactly(ChannelCode.LENDER, ChannelCode.PBOC_12363, ChannelCode.NIFA);
        assertThat(codes(null, true, Grievance.AGENCY_FEES)).containsExactly(ChannelCode.SAMR_12315);
        assertThat(codes(null, true, Grievance.EXTRA_FEES)).containsExactly(ChannelCode.SAMR_12315);
    }

    @Test
    void online_platforms_are_also_reported_to_nifa_and_unlicensed_lenders_to_the_police() {
        assertThat(codes(LenderType.ONLINE_PLATFORM, false)).containsExactly(ChannelCode.LENDER, ChannelCode.NIFA);
        assertThat(codes(LenderType.UNLICENSED_OR_UNKNOWN, false))
                .containsExactly(ChannelCode.POLICE_110, ChannelCode.LOCAL_FINANCIAL_REGULATOR);
    }
}
