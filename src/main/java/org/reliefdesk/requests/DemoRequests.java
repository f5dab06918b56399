package org.reliefdesk.requests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.ClientCaseStatus;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.UploadedFile;
import org.reliefdesk.platform.DemoSeed;
import org.reliefdesk.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, the demo client {@code client}'s case (counsellor {@code counsellor}) gets a
 * requested document due in 3 days, still open, and one the client already sent from the
 * portal. Through the real services, once, under a database lock.
 */
@Component
@Order(90)
class DemoRequests implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);
    private static final long SEED_LOCK = 0x5244_5245_5155L;

    private final RequestService requests;
    private final EvidenceService evidence;
    private final CaseService cases;
    private final DemoSeed demoSeed;

    DemoRequests(RequestService requests, EvidenceService evidence, CaseService cases, DemoSeed demoSeed) {
        this.requests = requests;
        this.evidence = evidence;
        this.cases = cases;
        this.demoSeed = demoSeed;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoSeed.once(SEED_LOCK, "document_request", this::seed);
    }

    private void seed() {
        List<ClientCaseStatus> mine = new ArrayList<>();
        DemoSeed.as("client", Role.CLIENT.authority(), () -> mine.addAll(cases.myCases()));
        if (mine.isEmpty()) {
            return;
        }
        long caseId = mine.getFirst().id();
        DocumentRequestView[] asked = new DocumentRequestView[1];
        DemoSeed.as("counsellor", Role.COUNSELLOR.authority(), () -> {
            requests.ask(caseId, new DocumentRequestDraft(EvidenceCategory.HARDSHIP_PROOF,
                    "请上传失业证明或公司的解除劳动合同通知书（拍照即可）。", requests.today().plusDays(3)));
            asked[0] = requests.ask(caseId, new DocumentRequestDraft(EvidenceCategory.PAYMENT_RECORD,
                    "请上传还款账户最近三个月的银行流水。", requests.today().plusDays(7)));
        });
        DemoSeed.as("client", Role.CLIENT.authority(), () -> {
            EvidenceItem item = evidence.store(caseId, new UploadedFile("银行流水-近三个月.pdf",
                    new ByteArrayInputStream(blankPdf())), EvidenceCategory.PAYMENT_RECORD, null,
                    EvidenceTarget.documentRequest(asked[0].id()));
            requests.fulfil(caseId, asked[0].id(), item.id());
        });
        log.info("Demo mode: seeded requested documents on the demo client's case {}", caseId);
    }

    private static byte[] blankPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
