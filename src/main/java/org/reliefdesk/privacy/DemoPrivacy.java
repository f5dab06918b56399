package org.reliefdesk.privacy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.reliefdesk.casefile.ClientCaseStatus;
import org.reliefdesk.platform.DemoSeed;
import org.reliefdesk.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, the demo client {@code client} has one open correction request filed ten days
 * ago, so the administrator's list, the deadline and the case alert have something to show.
 */
@Component
@Order(100)
class DemoPrivacy implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPrivacy.class);
    private static final long SEED_LOCK = 0x5244_5052_4956L;

    private final PrivacyService privacy;
    private final DemoSeed demoSeed;
    private final Clock clock;

    DemoPrivacy(PrivacyService privacy, DemoSeed demoSeed, Clock clock) {
        this.privacy = privacy;
        this.demoSeed = demoSeed;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoSeed.once(SEED_LOCK, "privacy_request", () -> DemoSeed.as("client", Role.CLIENT.authority(), () -> {
            List<ClientCaseStatus> cases = privacy.myCases();
            if (cases.isEmpty()) {
                return;
            }
            long caseId = cases.getFirst().id();
            privacy.fileAt(caseId, RequestKind.CORRECTION, "client", "住址已变更为：上海市浦东新区世纪大道 100 号",
                    "我上个月搬家了，旧地址不再使用。", clock.instant().minus(Duration.ofDays(10)));
            log.info("Demo mode: seeded a privacy correction request on case {}", caseId);
        }));
    }
}
