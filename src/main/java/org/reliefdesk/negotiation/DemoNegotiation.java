package org.reliefdesk.negotiation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.reliefdesk.calls.CallDetails;
import org.reliefdesk.calls.CallDirection;
import org.reliefdesk.calls.CallOutcome;
import org.reliefdesk.calls.CallParty;
import org.reliefdesk.calls.CallService;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.casefile.DemoCaseWalk;
import org.reliefdesk.casefile.Stage;
import org.reliefdesk.platform.DemoSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, gives the seeded cases that are past intake a negotiation history
 * (calls with the lender, an abusive collector's call where collection is flagged,
 * and a proposal thread), through the real services, so the workspace is not empty
 * on first login. Runs after the demo cases, once, under a database lock.
 */
@Component
@Order(20)
class DemoNegotiation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNegotiation.class);
    private static final long SEED_LOCK = 0x5244_4445_4D4EL;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final DemoCaseWalk walk;
    private final CallService calls;
    private final NegotiationService negotiation;
    private final DemoSeed demoSeed;
    private final Clock clock;

    DemoNegotiation(DemoCaseWalk walk, CallService calls, NegotiationService negotiation, DemoSeed demoSeed,
            Clock clock) {
        this.walk = walk;
        this.calls = calls;
        this.negotiation = negotiation;
        this.demoSeed = demoSeed;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoSeed.once(SEED_LOCK, "call_log", this::seed);
    }

    private void seed() {
        log.info("Demo mode: seeded a negotiation history on {} cases", walk.casesPastIntake(this::history));
    }

    private boolean history(CaseDetails c) {
        if (c.debtsByPriority().isEmpty()) {
            return false;
        }
        DebtLine debt = c.debtsByPriority().getFirst();
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        long offer = calls.log(c.id(), new CallDetails(debt.id(),
                today.minusDays(6).atTime(10, 30).atZone(BEIJING).toInstant(), CallDirection.OUTGOING,
                CallParty.LENDER_SERVICE, "客服 工号 3021", "95188", Duration.ofMinutes(14),
                "说明客户失业情况，请求停止催收并分期；客服同意报备，需要失业证明。", CallOutcome.OFFER_MADE,
                "提交失业证明", today.plusDays(3))).id();
        if (c.urgentCollection()) {
            calls.log(c.id(), new CallDetails(debt.id(), today.minusDays(2).atTime(22, 40).atZone(BEIJING).toInstant(),
                    CallDirection.INCOMING, CallParty.COLLECTION_AGENCY, "自称法务部", "0755 8888 1234",
                    Duration.ofMinutes(3), "夜间来电，威胁通知客户单位和家人，称将“上门起诉”。", CallOutcome.ABUSIVE,
                    null, null));
        }
        ProposalView proposal = negotiation.propose(c.id(), debt.id(), new ProposalDraft(ProposalSide.CLIENT,
                today.minusDays(5), new ProposalTerms(null, 12, true, true, null, null, null), Set.of(offer)));
        proposal = negotiation.changeStatus(c.id(), proposal.id(), proposal.version(), ProposalStatus.SENT, null);
        if (c.stage() != Stage.NEGOTIATION) {
            negotiation.changeStatus(c.id(), proposal.id(), proposal.version(), ProposalStatus.ACCEPTED,
                    "同意减免罚息，本金与利息分 12 期偿还。");
        }
        return true;
    }
}
