package org.reliefdesk.messaging;

import java.util.ArrayList;
import java.util.List;
import org.reliefdesk.casefile.CaseService;
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
 * In demo mode, the demo client {@code client} and their counsellor exchange two messages each
 * way; the client's last one is still unread by the counsellor. Once, under a database lock.
 */
@Component
@Order(90)
class DemoMessages implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMessages.class);
    private static final long SEED_LOCK = 0x5244_4D53_4753L;
    private static final String CLIENT = Role.CLIENT.authority();
    private static final String COUNSELLOR = Role.COUNSELLOR.authority();

    private final MessagingService messaging;
    private final CaseService cases;
    private final DemoSeed demoSeed;

    DemoMessages(MessagingService messaging, CaseService cases, DemoSeed demoSeed) {
        this.messaging = messaging;
        this.cases = cases;
        this.demoSeed = demoSeed;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoSeed.once(SEED_LOCK, "case_message", this::seed);
    }

    private void seed() {
        List<ClientCaseStatus> mine = new ArrayList<>();
        DemoSeed.as("client", CLIENT, () -> mine.addAll(cases.myCases()));
        if (mine.isEmpty()) {
            return;
        }
        long caseId = mine.getFirst().id();
        DemoSeed.as("counsellor", COUNSELLOR, () -> messaging.send(caseId,
                "张先生您好，我是您的咨询师。我已开始联系各家平台的官方客服，有进展会在这里告诉您。"));
        DemoSeed.as("client", CLIENT, () -> {
            messaging.openConversation(caseId);
            messaging.send(caseId, "好的，谢谢您！这几天催收电话还是很多，我该怎么办？");
        });
        DemoSeed.as("counsellor", COUNSELLOR, () -> {
            messaging.openConversation(caseId);
            messaging.send(caseId, "请记录每次来电的时间和号码，能录音就录音；晚上十点后的来电可以作为投诉依据。"
                    + "另外请在三天内上传失业证明。");
        });
        DemoSeed.as("client", CLIENT, () -> {
            messaging.openConversation(caseId);
            messaging.send(caseId, "明白了，失业证明我明天上传。今天上午又有人打电话给我同事了。");
        });
        log.info("Demo mode: seeded messages on the demo client's case {}", caseId);
    }
}
