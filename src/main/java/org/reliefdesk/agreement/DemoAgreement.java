package org.reliefdesk.agreement;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.casefile.DemoCaseWalk;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.evidence.UploadedFile;
import org.reliefdesk.negotiation.NegotiationService;
import org.reliefdesk.negotiation.ProposalStatus;
import org.reliefdesk.negotiation.ProposalView;
import org.reliefdesk.platform.DemoSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, turns the accepted proposals of the demo cases into agreements: a draft on
 * cases in the agreement stage; signed, with its signed copy and payments, on cases further
 * on. On the first case in repayment the second instalment is missed (its due date passed
 * unpaid), so the alert, the caseload badge and the renegotiation button show at once.
 */
@Component
@Order(50)
class DemoAgreement implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAgreement.class);
    private static final long SEED_LOCK = 0x5244_4147_5245L;

    private final DemoCaseWalk walk;
    private final AgreementService agreements;
    private final NegotiationService negotiation;
    private final EvidenceService evidence;
    private final DemoSeed demoSeed;
    private final Clock clock;
    private boolean missedSeeded;

    DemoAgreement(DemoCaseWalk walk, AgreementService agreements, NegotiationService negotiation,
            EvidenceService evidence, DemoSeed demoSeed, Clock clock) {
        this.walk = walk;
        this.agreements = agreements;
        this.negotiation = negotiation;
        this.evidence = evidence;
        this.demoSeed = demoSeed;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoSeed.once(SEED_LOCK, "agreement", this::seed);
    }

    private void seed() {
        log.info("Demo mode: seeded agreements on {} cases", walk.casesPastIntake(this::agreement));
    }

    private boolean agreement(CaseDetails c) {
        if (c.stage() == Stage.NEGOTIATION || c.stage() == Stage.CLOSED) {
            return false;
        }
        Optional<ProposalView> accepted = c.debtsByPriority().stream().map(DebtLine::id)
                .flatMap(debt -> negotiation.thread(c.id(), debt).stream())
                .filter(p -> p.status() == ProposalStatus.ACCEPTED).findFirst();
        if (accepted.isEmpty()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock.withZone(AgreementService.BEIJING));
        boolean signed = c.stage() != Stage.AGREEMENT;
        boolean missed = signed && !missedSeeded && c.stage() == Stage.REPAYMENT;
        // Signed ones: the first instalment fell due 3 days ago (paid); where one is missed, a month earlier.
        LocalDate firstDue = !signed ? today.plusMonths(1) : today.minusMonths(missed ? 1 : 0).minusDays(3);
        AgreementView a = agreements.draft(c.id(), accepted.get().id(), new AgreementDraft(null, firstDue, 5, 2));
        if (!signed) {
            return true;
        }
        byte[] copy = agreements.pdf(c.id(), a.id());
        evidence.store(c.id(), new UploadedFile("签署版协议-" + a.id() + ".pdf", new ByteArrayInputStream(copy)),
                EvidenceCategory.AGREEMENT, "双方签字盖章的协议扫描件", EvidenceTarget.agreement(a.id()));
        a = agreements.sign(c.id(), a.id(), a.version(), firstDue.minusDays(10));
        InstalmentState first = a.schedule().getFirst();
        agreements.recordPayment(c.id(), a.id(), new PaymentDraft(first.instalment().due(),
                first.instalment().amount(), PaymentMethod.ALIPAY, null));
        if (missed) {
            missedSeeded = true;
        }
        return true;
    }
}
