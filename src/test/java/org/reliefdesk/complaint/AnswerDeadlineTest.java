package org.reliefdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reliefdesk.shared.InvalidValueException;

class AnswerDeadlineTest {

    private static final AnswerRule BANKS = new AnswerRule(15, 30, 60, "银行保险机构消费投诉处理管理办法");
    private static final LocalDate FILED = LocalDate.of(2026, 3, 2);

    @Test
    void an_answer_is_due_fifteen_calendar_days_after_the_filing_day() {
        assertThat(BANKS.dueOn(FILED)).isEqualTo(LocalDate.of(2026, 3, 17));
        // Across a month end and a weekend alike: calendar days.
        assertThat(BANKS.dueOn(LocalDate.of(2026, 2, 20))).isEqualTo(LocalDate.of(2026, 3, 7));
    }

    @Test
    void an_extension_with_a_reason_may_reach_thirty_days_and_in_special_cases_sixty() {
        BANKS.checkExtension(FILED, BANKS.dueOn(FILED), FILED.plusDays(30), "情况复杂");
        assertThat(BANKS.extendableOn(FILED)).isEqualTo(FILED.plusDays(30));
        BANKS.checkExtension(FILED, FILED.plusDays(30), FILED.plusDays(60), "上级机构审批延长");
        assertThat(BANKS.latestOn(FILED)).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void an_extension_beyond_sixty_days_is_refused_with_the_latest_date() {
        assertThatThrownBy(() -> BANKS.checkExtension(FILED, FILED.plusDays(30), FILED.plusDays(61), "再延长"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("complaint.error.extensionBeyondMax");
                    assertThat(e.arguments()).containsExactly("2026-05-01");
                });
    }

    @Test
    void an_extension_needs_a_reason_and_a_later_date() {
        assertThatThrownBy(() -> BANKS.checkExtension(FILED, FILED.plusDays(15), FILED.plusDays(30), "  "))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.error.extensionReason"));
        assertThatThrownBy(() -> BANKS.checkExtension(FILED, FILED.plusDays(15), FILED.plusDays(15), "原因"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.error.extensionNotLater"));
    }

    @Test
    void a_rule_without_a_special_maximum_caps_extensions_at_its_ordinary_extension() {
        AnswerRule rule = new AnswerRule(15, 30, null, "x");
        assertThat(rule.latestOn(FILED)).isEqualTo(FILED.plusDays(30));
        assertThatThrownBy(() -> rule.checkExtension(FILED, FILED.plusDays(15), FILED.plusDays(31), "原因"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void inconsistent_rules_cannot_be_made() {
        assertThatThrownBy(() -> new AnswerRule(15, 10, null, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnswerRule(15, 30, 20, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnswerRule(0, null, null, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_channel_version_in_force_on_the_filed_date_is_used_and_a_later_one_is_not() {
        ComplaintChannel old = channel(1, LocalDate.of(2020, 3, 1), new AnswerRule(15, 30, 60, "old"));
        ComplaintChannel future = channel(2, LocalDate.of(2026, 6, 1), new AnswerRule(10, 20, 40, "new"));
        List<ComplaintChannel> versions = List.of(future, old);

        assertThat(ChannelVersions.inForce(versions, ChannelCode.NFRA_12378, LocalDate.of(2026, 5, 31)))
                .get().extracting(ComplaintChannel::id).isEqualTo(1L);
        assertThat(ChannelVersions.inForce(versions, ChannelCode.NFRA_12378, LocalDate.of(2026, 6, 1)))
                .get().extracting(ComplaintChannel::id).isEqualTo(2L);
        assertThat(ChannelVersions.inForce(versions, ChannelCode.NFRA_12378, LocalDate.of(2020, 2, 29))).isEmpty();
        assertThat(ChannelVersions.inForce(versions, ChannelCode.COURT, LocalDate.of(2026, 6, 1))).isEmpty();
        assertThat(ChannelVersions.allInForce(versions, LocalDate.of(2026, 5, 31))).extracting(ComplaintChannel::id)
                .containsExactly(1L);
    }

    @Test
    void a_channel_without_a_statutory_deadline_has_no_rule_and_says_how_to_follow_up() {
        ComplaintChannel miit = new ComplaintChannel(3, ChannelCode.MIIT_12321, LocalDate.of(2020, 1, 1), "12321",
                "12321", "骚扰电话", "Harassing calls", Set.of(), Set.of(Grievance.HARASSING_CONTACT), null,
                "无法定答复期限", "建议7天后查询", "Check after 7 days", false, true);
        assertThat(miit.hasDeadline()).isFalse();
        assertThat(miit.followUp(java.util.Locale.ENGLISH)).isEqualTo("Check after 7 days");
    }

    private static ComplaintChannel channel(long id, LocalDate from, AnswerRule rule) {
        return new ComplaintChannel(id, ChannelCode.NFRA_12378, from, "12378", "12378", "银行", "Banks", Set.of(),
                Set.of(), rule, rule.source(), null, null, true, true);
    }
}
