package org.reliefdesk.evidence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.calls.CallDetails;
import org.reliefdesk.calls.CallDirection;
import org.reliefdesk.calls.CallOutcome;
import org.reliefdesk.calls.CallParty;
import org.reliefdesk.calls.CallService;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.ui.CaseView;
import org.reliefdesk.casefile.ui.MyCaseView;
import org.reliefdesk.evidence.EvidenceAttachments;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.evidence.EvidenceFilter;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.UploadedFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

class EvidenceViewsTest extends BrowserlessUiTest {

    @Autowired
    CaseService cases;
    @Autowired
    CallService calls;
    @Autowired
    EvidenceService evidence;

    @Test
    @WithUserDetails("counsellor")
    void the_evidence_tab_lists_the_case_files_and_shares_one_with_the_client_in_a_click() {
        long caseId = cases.openCase(Intakes.intake("证据页面", "15212345678")).caseId();
        EvidenceItem item = evidence.store(caseId, pdf("借款合同.pdf"), EvidenceCategory.CONTRACT, "合同");
        navigate(CaseView.class, Map.of("caseId", String.valueOf(caseId)));
        selectTab("证据");

        Grid<EvidenceItem> grid = $(Grid.class).id("evidence-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).originalName()).isEqualTo("借款合同.pdf");
        assertThat($(Upload.class).id("evidence-upload")).isNotNull();
        // Cell components are made when the row is rendered.
        HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(0, 6);
        Anchor download = (Anchor) actions.getComponentAt(0);
        assertThat(download.getId()).contains("evidence-download-" + item.id());
        assertThat(download.getHref()).isNotBlank();

        Checkbox share = (Checkbox) test(grid).getCellComponent(0, 5);
        assertThat(share.getId()).contains("evidence-share-" + item.id());
        test(share).click();
        assertThat(evidence.get(caseId, item.id()).sharedWithClient()).isTrue();

        Button preview = (Button) actions.getComponentAt(1);
        assertThat(preview.getId()).contains("evidence-preview-" + item.id());
        test(preview).click();
        assertThat($(Dialog.class).id("evidence-preview-dialog").isOpened()).isTrue();
        assertThat($(IFrame.class).id("evidence-preview-frame").getSrc()).isNotBlank();
    }

    @Test
    @WithUserDetails("client")
    void the_client_sees_their_own_files_and_may_not_file_an_agreement() {
        long caseId = cases.myCases().getFirst().id();
        evidence.store(caseId, pdf("工资流水.pdf"), EvidenceCategory.PAYMENT_RECORD, null);
        navigate(MyCaseView.class);

        Div list = $(Div.class).id("client-evidence-grid");
        assertThat(list.getChildren().count()).isEqualTo(
                evidence.list(caseId, EvidenceFilter.none(), PageRequest.of(0, 100)).getNumberOfElements());
        Div card = (Div) list.getChildren().findFirst().orElseThrow();
        assertThat(card.getClassNames()).contains("rd-portal-card");
        assertThat(card.getElement().getTextRecursively()).contains("工资流水.pdf");
        long newest = evidence.list(caseId, EvidenceFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id();
        assertThat($(Anchor.class).id("evidence-download-" + newest).getClassNames()).contains("rd-portal-button");
        @SuppressWarnings("unchecked")
        Select<EvidenceCategory> category = $(Select.class).id("evidence-upload-category");
        assertThat(category.getListDataView().getItems()).doesNotContain(EvidenceCategory.AGREEMENT)
                .contains(EvidenceCategory.HARDSHIP_PROOF);
    }

    @Test
    @WithUserDetails("counsellor")
    void attachments_link_an_existing_file_of_the_case_to_a_call_and_list_it() {
        long caseId = cases.openCase(Intakes.intake("附件测试", "15212345679")).caseId();
        EvidenceItem item = evidence.store(caseId, pdf("录音说明.pdf"), EvidenceCategory.OTHER, null);
        long callId = calls.log(caseId, new CallDetails(null, Instant.now().minusSeconds(60), CallDirection.INCOMING,
                CallParty.COLLECTOR, null, "4008001234", Duration.ofMinutes(2), "威胁上门", CallOutcome.ABUSIVE, null,
                null)).id();
        EvidenceAttachments attachments = new EvidenceAttachments(evidence, caseId, EvidenceTarget.call(callId));
        UI.getCurrent().add(attachments);

        @SuppressWarnings("unchecked")
        ComboBox<EvidenceItem> existing = $(ComboBox.class).id("evidence-attach-existing");
        test(existing).selectItem("录音说明.pdf · 其他");
        test($(Button.class).id("evidence-attach-link")).click();

        assertThat(evidence.linkedTo(caseId, EvidenceTarget.call(callId))).extracting(EvidenceItem::id)
                .containsExactly(item.id());
        assertThat($(HorizontalLayout.class).id("evidence-attachment-" + item.id())).isNotNull();
    }

    private void selectTab(String label) {
        TabSheet tabs = $(TabSheet.class).id("case-tabs");
        for (int i = 0; ; i++) {
            tabs.setSelectedIndex(i);
            if (label.equals(tabs.getSelectedTab().getLabel())) {
                return;
            }
        }
    }

    private static UploadedFile pdf(String name) {
        return new UploadedFile(name, new ByteArrayInputStream(
                "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1)));
    }
}
