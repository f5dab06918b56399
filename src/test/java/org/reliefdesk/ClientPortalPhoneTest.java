package org.reliefdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reliefdesk.agreement.AgreementDraft;
import org.reliefdesk.agreement.AgreementProgress;
import org.reliefdesk.agreement.AgreementService;
import org.reliefdesk.agreement.AgreementView;
import org.reliefdesk.agreement.InstalmentState;
import org.reliefdesk.agreement.PaymentDraft;
import org.reliefdesk.agreement.PaymentMethod;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.casefile.ui.MyCaseView;
import org.reliefdesk.complaint.ClientComplaint;
import org.reliefdesk.complaint.ComplaintService;
import org.reliefdesk.creditrepair.CheckSource;
import org.reliefdesk.creditrepair.ClientCredit;
import org.reliefdesk.creditrepair.CreditCheckDraft;
import org.reliefdesk.creditrepair.CreditCheckView;
import org.reliefdesk.creditrepair.CreditRepairService;
import org.reliefdesk.creditrepair.DisputeDraft;
import org.reliefdesk.creditrepair.DisputeParty;
import org.reliefdesk.creditrepair.EntryKind;
import org.reliefdesk.creditrepair.NegativeEntryDraft;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.evidence.EvidenceFilter;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.UploadedFile;
import org.reliefdesk.negotiation.NegotiationService;
import org.reliefdesk.negotiation.ProposalStatus;
import org.reliefdesk.negotiation.ProposalView;
import org.reliefdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The client's page as a phone shows it (decision 019): one column of cards, nothing wider than
 * a 360 px screen, no grid, every button and upload inside the portal, the sections in order.
 */
class ClientPortalPhoneTest extends BrowserlessUiTest {

    private static final int PHONE_PX = 360;
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)(px|rem|em)\\s*");

    @Autowired
    Clock clock;
    @Autowired
    CaseService cases;
    @Autowired
    AgreementService agreements;
    @Autowired
    ComplaintService complaints;
    @Autowired
    CreditRepairService credit;
    @Autowired
    EvidenceService evidence;
    @Autowired
    NegotiationService negotiation;

    @Test
    void the_demo_clients_page_is_one_phone_wide_column_of_cards_in_order() {
        SignedIn.as("client", Role.CLIENT);
        long caseId = cases.myCases().getFirst().id();
        MyCaseView page = navigate(MyCaseView.class);

        assertFitsAPhone(page);
        Map<String, Component> byId = idsInOrder(page);
        assertThat(List.copyOf(byId.keySet())).containsSubsequence("my-case-headline", "portal-asked", "messages",
                "my-timeline");
        assertSectionsFollowTheServices(byId, caseId);
    }

    @Test
    void a_signed_agreement_and_a_credit_check_show_as_cards_with_the_amounts_and_the_pdf() {
        SignedIn.as("client", Role.CLIENT);
        long caseId = cases.myCases().getFirst().id();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        SignedIn.as("counsellor", Role.COUNSELLOR);
        long agreementId = signedAgreementWithOnePayment(caseId, today);
        CreditCheckView check = credit.recordCheck(caseId, new CreditCheckDraft(today, CheckSource.PBOC_REPORT,
                "内部备注：手机页面不应显示"));
        credit.addEntry(caseId, check.id(), new NegativeEntryDraft(null, "某某小额贷款有限公司", EntryKind.BAD_DEBT,
                null, today.minusYears(1)));
        credit.fileDispute(caseId, new DisputeDraft(today, "该笔借款非本人办理", null, DisputeParty.CREDIT_CENTRE,
                null));

        SignedIn.as("client", Role.CLIENT);
        AgreementProgress progress = agreements.progress(caseId).stream()
                .filter(p -> p.agreementId() == agreementId).findFirst().orElseThrow();
        assertThat(progress.paid().isPositive()).isTrue();
        assertThat(progress.remaining().isPositive()).isTrue();
        MyCaseView page = navigate(MyCaseView.class);

        assertFitsAPhone(page);
        Map<String, Component> byId = idsInOrder(page);
        String card = text(byId.get("client-agreement-" + agreementId));
        assertThat(card).contains(progress.lenderName(), progress.paid().format(), progress.remaining().format());
        Anchor pdf = (Anchor) byId.get("my-agreement-pdf-" + agreementId);
        assertThat(pdf.getHref()).isNotBlank();
        assertThat(pdf.getClassNames()).contains("rd-portal-button");
        assertThat(text(byId.get("my-credit"))).contains("某某小额贷款有限公司", "该笔借款非本人办理")
                .doesNotContain("内部备注");
        assertSectionsFollowTheServices(byId, caseId);
    }

    @Test
    void the_client_uploads_a_file_from_the_phone_and_its_card_appears_with_a_full_width_download() {
        SignedIn.as("client", Role.CLIENT);
        long caseId = cases.myCases().getFirst().id();
        navigate(MyCaseView.class);
        int before = cardsIn($(Div.class).id("client-evidence-grid"));

        test($(Upload.class).id("evidence-upload")).upload("手机拍的收入证明.pdf", "application/pdf",
                "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));

        EvidenceItem stored = evidence.list(caseId, EvidenceFilter.none(), PageRequest.of(0, 1)).getContent()
                .getFirst();
        assertThat(stored.originalName()).isEqualTo("手机拍的收入证明.pdf");
        assertThat(cardsIn($(Div.class).id("client-evidence-grid"))).isEqualTo(before + 1);
        assertThat($(Div.class).id("client-evidence-" + stored.id()).getElement().getTextRecursively())
                .contains("手机拍的收入证明.pdf");
        assertThat($(Anchor.class).id("evidence-download-" + stored.id()).getClassNames())
                .contains("rd-portal-button");
    }

    @Test
    void lengths_in_rem_and_em_count_sixteen_pixels_each() {
        assertThat(pixels("24rem")).isEqualTo(384);
        assertThat(pixels("22.5em")).isEqualTo(360);
        assertThat(pixels("361px")).isEqualTo(361);
        assertThat(pixels("100%")).isZero();
    }

    private long signedAgreementWithOnePayment(long caseId, LocalDate today) {
        for (DebtLine debt : cases.get(caseId).debtsByPriority()) {
            Optional<ProposalView> open = negotiation.thread(caseId, debt.id()).stream()
                    .filter(p -> p.status() == ProposalStatus.SENT || p.status() == ProposalStatus.ACCEPTED)
                    .findFirst();
            if (open.isEmpty()) {
                continue;
            }
            ProposalView proposal = open.get();
            if (proposal.status() == ProposalStatus.SENT) {
                proposal = negotiation.changeStatus(caseId, proposal.id(), proposal.version(),
                        ProposalStatus.ACCEPTED, "同意分期。");
            }
            LocalDate firstDue = today.minusDays(3);
            AgreementView a = agreements.draft(caseId, proposal.id(), new AgreementDraft(null, firstDue, 5, 2));
            evidence.store(caseId, new UploadedFile("签署版协议.pdf",
                    new ByteArrayInputStream(agreements.pdf(caseId, a.id()))), EvidenceCategory.AGREEMENT,
                    "双方签字盖章的协议扫描件", EvidenceTarget.agreement(a.id()));
            a = agreements.sign(caseId, a.id(), a.version(), firstDue.minusDays(10));
            InstalmentState first = a.schedule().getFirst();
            agreements.recordPayment(caseId, a.id(), new PaymentDraft(first.instalment().due(),
                    first.instalment().amount(), PaymentMethod.ALIPAY, null));
            return a.id();
        }
        throw new AssertionError("the demo client's case has no sent or accepted proposal");
    }

    /** Each converted section shows one card per row its service gives the client, and no more. */
    private void assertSectionsFollowTheServices(Map<String, Component> byId, long caseId) {
        List<AgreementProgress> mine = agreements.progress(caseId);
        assertThat(byId.containsKey("my-agreements-grid")).isEqualTo(!mine.isEmpty());
        for (AgreementProgress p : mine) {
            assertThat(text(byId.get("client-agreement-" + p.agreementId())))
                    .contains(p.paid().format(), p.remaining().format());
        }
        assertThat(cardsIn(byId.get("my-agreements-grid"))).isEqualTo(mine.size());

        List<ClientComplaint> filed = complaints.forClient(caseId);
        assertThat(cardsIn(byId.get("my-complaints-grid"))).isEqualTo(filed.size());
        filed.forEach(c -> assertThat(text(byId.get("client-complaint-" + c.id()))).contains(c.respondentName()));

        ClientCredit report = credit.forClient(caseId);
        assertThat(cardsIn(byId.get("my-credit-entries"))).isEqualTo(byId.get("my-credit").isVisible()
                ? report.entries().size() : 0);
        assertThat(cardsIn(byId.get("my-credit-disputes"))).isEqualTo(byId.get("my-credit").isVisible()
                ? report.disputes().size() : 0);

        List<EvidenceItem> files = evidence.list(caseId, EvidenceFilter.none(), PageRequest.of(0, 500)).getContent();
        assertThat(cardsIn(byId.get("client-evidence-grid"))).isEqualTo(files.size());
        files.forEach(f -> assertThat(text(byId.get("client-evidence-" + f.id()))).contains(f.originalName()));
        assertThat(byId).containsKey("evidence-upload");
    }

    /** No grid; nothing sets a width or min-width over a phone's; each button and upload inside the portal. */
    private static void assertFitsAPhone(Component page) {
        List<Component> all = new ArrayList<>();
        collect(page, all);
        assertThat(all).noneMatch(Grid.class::isInstance);
        List<String> tooWide = new ArrayList<>();
        for (Component c : all) {
            for (String property : List.of("width", "min-width")) {
                String value = c.getElement().getStyle().get(property);
                if (value != null && pixels(value) > PHONE_PX) {
                    tooWide.add(c.getClass().getSimpleName() + c.getId().map(id -> "#" + id).orElse("") + " "
                            + property + ": " + value);
                }
            }
        }
        assertThat(tooWide).isEmpty();
        List<Component> touch = all.stream().filter(c -> c instanceof Button || c instanceof Upload).toList();
        assertThat(touch).isNotEmpty();
        for (Component c : touch) {
            assertThat(insidePortal(c.getElement())).as(c.getId().orElse(c.toString())).isTrue();
        }
    }

    private static double pixels(String value) {
        Matcher m = LENGTH.matcher(value);
        if (!m.matches()) {
            return 0;
        }
        double number = Double.parseDouble(m.group(1));
        return "px".equals(m.group(2)) ? number : number * 16;
    }

    private static boolean insidePortal(Element element) {
        for (Element e = element.getParent(); e != null; e = e.getParent()) {
            if (e.getClassList().contains("rd-portal")) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Component> idsInOrder(Component page) {
        List<Component> all = new ArrayList<>();
        collect(page, all);
        Map<String, Component> byId = new LinkedHashMap<>();
        all.forEach(c -> c.getId().ifPresent(id -> byId.putIfAbsent(id, c)));
        return byId;
    }

    private static void collect(Component c, List<Component> into) {
        into.add(c);
        c.getChildren().forEach(child -> collect(child, into));
    }

    private static int cardsIn(Component list) {
        return list == null ? 0 : (int) list.getChildren()
                .filter(c -> c.getElement().getClassList().contains("rd-portal-card")).count();
    }

    private static String text(Component c) {
        assertThat(c).isNotNull();
        return c.getElement().getTextRecursively();
    }
}
