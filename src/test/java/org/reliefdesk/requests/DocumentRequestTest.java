package org.reliefdesk.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.shared.InvalidValueException;
import org.springframework.test.util.ReflectionTestUtils;

class DocumentRequestTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private static DocumentRequest asked() {
        DocumentRequest request = new DocumentRequest(7, EvidenceCategory.CONTRACT, "借款合同", MARCH_2.plusDays(3),
                "counsellor", NOW);
        ReflectionTestUtils.setField(request, "id", 1L); // as if saved
        return request;
    }

    @Test
    void an_open_request_is_fulfilled_once_and_then_only_reopened() {
        DocumentRequest request = asked();
        request.fulfil(42, MARCH_2, "client", NOW);
        assertThat(request.view().status()).isEqualTo(RequestStatus.FULFILLED);
        assertThat(request.view().evidenceId()).isEqualTo(42L);
        assertThatThrownBy(() -> request.fulfil(43, MARCH_2, "client", NOW)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> request.cancel("不需要", NOW)).isInstanceOf(InvalidValueException.class);

        request.reopen("看不清", MARCH_2.plusDays(5), NOW);
        assertThat(request.view().status()).isEqualTo(RequestStatus.OPEN);
        assertThat(request.view().evidenceId()).isNull();
        assertThat(request.view().fulfilledOn()).isNull();
        assertThat(request.view().dueOn()).isEqualTo(MARCH_2.plusDays(5));
        assertThat(request.view().reason()).isEqualTo("看不清");
    }

    @Test
    void an_open_request_cannot_be_reopened_and_a_cancelled_one_can() {
        DocumentRequest request = asked();
        assertThatThrownBy(() -> request.reopen("再要", MARCH_2, NOW)).isInstanceOf(InvalidValueException.class);
        request.cancel("已取得", NOW);
        assertThat(request.view().status()).isEqualTo(RequestStatus.CANCELLED);
        request.reopen("再要一份", MARCH_2, NOW);
        assertThat(request.view().status()).isEqualTo(RequestStatus.OPEN);
    }

    @Test
    void only_an_open_request_past_its_due_date_is_overdue() {
        DocumentRequestView open = asked().view();
        assertThat(open.overdueOn(MARCH_2.plusDays(3))).isFalse();
        assertThat(open.overdueOn(MARCH_2.plusDays(4))).isTrue();
        DocumentRequest done = asked();
        done.fulfil(1, MARCH_2.plusDays(6), "client", NOW);
        assertThat(done.view().overdueOn(MARCH_2.plusDays(10))).isFalse();
    }
}
