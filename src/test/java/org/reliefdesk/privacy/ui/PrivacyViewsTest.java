package org.reliefdesk.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.privacy.PrivacyRequestView;
import org.reliefdesk.privacy.PrivacyService;
import org.reliefdesk.privacy.RequestFilter;
import org.reliefdesk.privacy.RequestKind;
import org.reliefdesk.privacy.RequestStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** /my-data as the demo client uses it on a phone, and the administrator's list of requests. */
class PrivacyViewsTest extends BrowserlessUiTest {

    @Autowired
    PrivacyService privacy;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("client")
    void the_client_sees_their_data_by_section_with_both_downloads_and_files_a_deletion_request() {
        long caseId = privacy.myCases().getFirst().id();
        navigate(MyDataView.class);

        String details = $(Div.class).id("my-data-section-client").getElement().getTextRecursively();
        assertThat(details).contains("张伟", "您的基本信息").contains("*");
        assertThat($(Div.class).id("my-data-section-account").getElement().getTextRecursively()).contains("client");
        assertThat($(Anchor.class).id("my-data-pdf-" + caseId).getHref()).isNotBlank();
        assertThat($(Anchor.class).id("my-data-json-" + caseId).getHref()).isNotBlank();

        test($(Button.class).id("my-data-new-request")).click();
        assertThat($(Dialog.class).id("privacy-request-dialog").isOpened()).isTrue();
        @SuppressWarnings("unchecked")
        Select<RequestKind> kind = $(Select.class).id("privacy-request-kind");
        kind.setValue(RequestKind.DELETION);
        @SuppressWarnings("unchecked")
        Select<String> section = $(Select.class).id("privacy-request-section");
        section.setValue("calls");
        test($(TextArea.class).id("privacy-request-what")).setValue("删除与催收方的通话记录");
        test($(TextArea.class).id("privacy-request-why")).setValue("案件已结清");
        test($(Button.class).id("privacy-request-send")).click();

        assertThat(privacy.requestsOf(caseId)).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(RequestKind.DELETION);
            assertThat(r.sectionKey()).isEqualTo("calls");
        });
        assertThat($(Div.class).id("my-data-requests").getElement().getTextRecursively()).contains("删除申请");
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_lists_open_requests_with_the_rule_in_force_and_starts_one() {
        navigate(PrivacyRequestsView.class);
        @SuppressWarnings("unchecked")
        Grid<PrivacyRequestView> grid = $(Grid.class).id("privacy-requests-grid");
        assertThat(test(grid).size()).isPositive();
        PrivacyRequestView first = test(grid).getRow(0);
        assertThat(first.status().open()).isTrue();
        assertThat($(Paragraph.class).id("privacy-requests-rule").getText())
                .contains("30", "GB/T 35273-2020");

        Button start = (Button) test(grid).getCellComponent(0, 8).getChildren().findFirst().orElseThrow();
        test(start).click();
        assertThat(privacy.requests(RequestFilter.ALL, PageRequest.of(0, 100))
                .getContent()).filteredOn(r -> r.id() == first.id()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RequestStatus.IN_PROGRESS));

        @SuppressWarnings("unchecked")
        Select<RequestFilter> filter = $(Select.class).id("privacy-requests-filter");
        filter.setValue(RequestFilter.OVERDUE);
        assertThat(test(grid).size()).isZero();

        test($(Button.class).id("privacy-rule-new")).click();
        $(DatePicker.class).id("privacy-rule-from").setValue(LocalDate.now(clock).plusDays(10));
        test($(IntegerField.class).id("privacy-rule-days")).setValue(20);
        test($(TextArea.class).id("privacy-rule-source")).setValue("A later practice (test)");
        test($(Button.class).id("privacy-rule-save")).click();
        assertThat(privacy.rules()).first().satisfies(r -> assertThat(r.answerDays()).isEqualTo(20));
        assertThat($(Paragraph.class).id("privacy-requests-rule").getText()).contains("20");
    }
}
