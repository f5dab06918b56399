package org.reliefdesk.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.stream.Collectors;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.casefile.DemoCaseWalk;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.platform.DemoSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, gives the first two negotiating cases of the demo counsellor complaints:
 * one filed with the lender's regulator three weeks ago and still unanswered (so the
 * overdue flag shows on the case and the caseload), one draft to 12321 about harassing
 * calls that gathers the case's demo incidents. Through the real services, once, under a database lock.
 */
@Component
// After the collection demo (30), so the 12321 draft can gather its incidents.
@Order(40)
class DemoComplaints implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoComplaints.class);
    private static final long SEED_LOCK = 0x5244_4443_4F4DL;

    private final DemoCaseWalk walk;
    private final ComplaintService complaints;
    private final DemoSeed demoSeed;
    private final Clock clock;

    DemoComplaints(DemoCaseWalk walk, ComplaintService complaints, DemoSeed demoSeed, Clock clock) {
        this.walk = walk;
        this.complaints = complaints;
        this.demoSeed = demoSeed;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoSeed.once(SEED_LOCK, "complaint", this::seed);
    }

    private void seed() {
        log.info("Demo mode: seeded complaints on {} cases", walk.casesPastIntake(2, this::seed));
    }

    private boolean seed(CaseDetails c) {
        if (c.debtsByPriority().isEmpty()) {
            return false;
        }
        DebtLine debt = c.debtsByPriority().getFirst();
        LocalDate today = LocalDate.now(clock.withZone(ComplaintService.CHINA));
        LenderType type = debt.details().lenderType();
        // Both have a 15-day rule, so a filing three weeks ago shows as overdue.
        ChannelCode regulator = type == LenderType.BANK || type == LenderType.CONSUMER_FINANCE
                ? ChannelCode.NFRA_12378 : ChannelCode.LENDER;
        ComplaintView draft = complaints.draft(c.id(), new ComplaintDraft(debt.id(), null, debt.id(),
                Set.of(Grievance.REFUSAL_TO_NEGOTIATE, Grievance.HARASSING_CONTACT), Set.of(),
                "请求停止催收三个月，并同意按客户的还款能力分期偿还。", regulator));
        ComplaintView filed = complaints.file(c.id(), draft.id(), draft.version(), today.minusDays(21),
                FilingMethod.WEB, "DEMO-" + c.id() + "-" + draft.id());
        complaints.addNote(c.id(), filed.id(), "已电话催问受理进度，对方称正在核实。");
        Set<Grievance> harassment = Set.of(Grievance.HARASSING_CONTACT, Grievance.THIRD_PARTY_DISCLOSURE);
        Set<Long> incidents = complaints.incidentsOf(c.id()).stream()
                .filter(f -> !Collections.disjoint(f.grievances(), harassment))
                .map(IncidentFact::id).collect(Collectors.toSet());
        complaints.draft(c.id(), new ComplaintDraft(null, debt.details().collectorAgency() == null
                ? "深圳某某资产管理有限公司" : debt.details().collectorAgency(), debt.id(), harassment, incidents,
                "请责令停止夜间骚扰及联系客户同事。", ChannelCode.MIIT_12321));
        return true;
    }
}
