package org.reliefdesk.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.reliefdesk.calls.CallRecord;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.DemoCaseWalk;
import org.reliefdesk.platform.DemoSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, gives the seeded cases past intake a few collection incidents (a night call,
 * a message to the employer, a threat; the abusive call of the negotiation demo becomes an
 * incident), through the real services. Runs after the negotiation demo, once, under a lock.
 */
@Component
@Order(30)
class DemoCollection implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCollection.class);
    private static final long SEED_LOCK = 0x5244_4445_4D43L;

    private final DemoCaseWalk walk;
    private final IncidentService incidents;
    private final DemoSeed demoSeed;
    private final Clock clock;

    DemoCollection(DemoCaseWalk walk, IncidentService incidents, DemoSeed demoSeed, Clock clock) {
        this.walk = walk;
        this.incidents = incidents;
        this.demoSeed = demoSeed;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoSeed.once(SEED_LOCK, "collection_incident", this::seed);
    }

    private void seed() {
        log.info("Demo mode: seeded collection incidents on {} cases", walk.casesPastIntake(this::incidents));
    }

    private boolean incidents(CaseDetails c) {
        if (c.debtsByPriority().isEmpty()) {
            return false;
        }
        long debt = c.debtsByPriority().getFirst().id();
        String lender = c.debtsByPriority().getFirst().details().lenderName();
        LocalDate today = LocalDate.now(clock.withZone(Flags.BEIJING));
        incidents.record(c.id(), new IncidentDetails(debt, at(today.minusDays(4), 22, 47), IncidentChannel.CALL,
                "鼎信资产管理", true, "0755 2345 6789", Reached.CLIENT, Set.of(IncidentCategory.INSULT), true, false,
                "深夜来电，辱骂客户“老赖”，要求当天还清。"));
        incidents.record(c.id(), new IncidentDetails(debt, at(today.minusDays(3), 10, 15),
                IncidentChannel.APP_MESSAGE, "鼎信资产管理", true, "微信号 dx-cs-018", Reached.COLLEAGUE_OR_EMPLOYER,
                Set.of(IncidentCategory.DEBT_DISCLOSURE), null, null,
                "通过微信联系客户单位人事，告知其欠款金额并要求转告。"));
        if (c.urgentCollection()) {
            incidents.record(c.id(), new IncidentDetails(debt, at(today.minusDays(2), 14, 5), IncidentChannel.SMS,
                    lender, false, "10690000", Reached.CLIENT,
                    Set.of(IncidentCategory.THREAT_OF_VIOLENCE, IncidentCategory.THREAT_OF_ARREST), null, null,
                    "短信称“再不还款就上门，已移交公安”。"));
            for (CallRecord call : incidents.convertibleCalls(c.id())) {
                incidents.fromCall(c.id(), call.id());
            }
        }
        return true;
    }

    private static java.time.Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(Flags.BEIJING).toInstant();
    }
}
