package org.reliefdesk.casefile;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.reliefdesk.platform.DemoSeed;
import org.reliefdesk.shared.ChineseIdNumber;
import org.reliefdesk.shared.Money;
import org.reliefdesk.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode's cases: about thirty realistic ones across every stage, half for
 * each demo counsellor, built through the real service (consents, budget, debts,
 * stage moves, audit) so the demo shows what the portal really does. The demo
 * clients {@code client} and {@code client2} each own one.
 */
@Component
@Order(10)
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final long SEED_LOCK = 0x5244_4445_4D4FL;
    private static final int CASES_PER_COUNSELLOR = 15;

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "林", "罗", "高", "欧阳", "司马"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
        "杰", "娟", "涛", "明", "超", "秀英", "晓东", "海燕", "建华", "志强", "丽娟", "子涵"};
    private static final String[] CITIES = {"北京市朝阳区", "上海市浦东新区", "广州市天河区", "深圳市南山区",
        "成都市武侯区", "武汉市洪山区", "杭州市西湖区", "郑州市金水区", "长沙市岳麓区", "西安市雁塔区"};
    private static final String[] REGIONS = {"110105", "310115", "440106", "440305", "510107", "420111", "330106",
        "410105", "430104", "610113"};

    private record Lender(String name, LenderType type, String product, String rate, RateBasis basis) {
    }

    private static final List<Lender> LENDERS = List.of(
            new Lender("蚂蚁借呗", LenderType.ONLINE_PLATFORM, "借呗", "0.04", RateBasis.DAILY),
            new Lender("花呗", LenderType.ONLINE_PLATFORM, "花呗分期", "1.2", RateBasis.MONTHLY),
            new Lender("微粒贷（微众银行）", LenderType.BANK, "微粒贷", "0.05", RateBasis.DAILY),
            new Lender("招联消费金融", LenderType.CONSUMER_FINANCE, "好期贷", "23.9", RateBasis.ANNUAL),
            new Lender("马上消费金融", LenderType.CONSUMER_FINANCE, "安逸花", "24", RateBasis.ANNUAL),
            new Lender("京东金条", LenderType.ONLINE_PLATFORM, "金条", "0.05", RateBasis.DAILY),
            new Lender("中信银行信用卡中心", LenderType.BANK, "信用卡分期", "0.75", RateBasis.MONTHLY),
            new Lender("重庆某小额贷款有限公司", LenderType.MICROLOAN, "消费贷", "35.9", RateBasis.ANNUAL),
            new Lender("度小满金融", LenderType.ONLINE_PLATFORM, "有钱花", "18", RateBasis.ANNUAL),
            new Lender("某网贷 App（无牌照）", LenderType.UNLICENSED_OR_UNKNOWN, "714 高炮", "1", RateBasis.DAILY));

    /** Where each demo case ends up; the order repeats across both counsellors. */
    private static final Stage[] TARGETS = {Stage.INTAKE, Stage.INTAKE, Stage.NEGOTIATION, Stage.NEGOTIATION,
        Stage.NEGOTIATION, Stage.NEGOTIATION, Stage.AGREEMENT, Stage.AGREEMENT, Stage.REPAYMENT, Stage.REPAYMENT,
        Stage.REPAYMENT, Stage.CREDIT_REPAIR, Stage.CREDIT_REPAIR, Stage.CLOSED, Stage.WITHDRAWN};

    private final CaseService cases;
    private final DemoSeed demoSeed;
    private final Clock clock;

    DemoCases(CaseService cases, DemoSeed demoSeed, Clock clock) {
        this.cases = cases;
        this.demoSeed = demoSeed;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoSeed.once(SEED_LOCK, "case_file", this::seed);
    }

    private void seed() {
        Random random = new Random(20261121);
        int[] made = {0};
        for (String counsellor : List.of("counsellor", "counsellor2")) {
            DemoSeed.as(counsellor, Role.COUNSELLOR.authority(), () -> {
                for (int i = 0; i < CASES_PER_COUNSELLOR; i++) {
                    String demoClient = i == 2 ? (counsellor.equals("counsellor") ? "client" : "client2") : null;
                    makeCase(random, counsellor, made[0]++, TARGETS[i], demoClient);
                }
            });
        }
        log.info("Demo mode: seeded {} cases for counsellor and counsellor2", made[0]);
    }

    private void makeCase(Random random, String counsellor, int n, Stage target, String demoClient) {
        String name = demoClient == null ? SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(
                GIVEN.length)] : demoClient.equals("client") ? "张伟" : "刘芳";
        int region = random.nextInt(REGIONS.length);
        boolean court = random.nextInt(6) == 0;
        boolean abuse = random.nextInt(4) == 0;
        IntakeDetails intake = new IntakeDetails(name, idNumber(REGIONS[region], random, n),
                "1" + (3 + random.nextInt(7)) + "%09d".formatted(random.nextInt(1_000_000_000)),
                CITIES[region] + "某某路 " + (1 + random.nextInt(300)) + " 号",
                List.of(new IntakeDetails.Contact(SURNAMES[random.nextInt(SURNAMES.length)] + "某", "家人",
                        "13" + "%09d".formatted(random.nextInt(1_000_000_000)))),
                HardshipReason.values()[random.nextInt(HardshipReason.values().length)],
                "疫情后收入下降，靠借新还旧维持，逾期后被频繁催收。", court, abuse, "demo-client-" + (n + 1));
        long id = demoClient == null ? cases.openCase(intake).caseId()
                : cases.openCaseForExistingClient(intake, demoClient).caseId();
        if (target == Stage.INTAKE && random.nextBoolean()) {
            return;
        }
        CaseDetails c = cases.get(id);
        LocalDate today = LocalDate.now(clock);
        c = cases.recordConsent(id, c.version(), ConsentKind.PERSONAL_DATA, today.minusDays(40),
                ConsentMethod.SIGNED_PAPER);
        c = cases.recordConsent(id, c.version(), ConsentKind.SENSITIVE_DATA, today.minusDays(40),
                ConsentMethod.SIGNED_PAPER);
        c = cases.saveBudget(id, c.version(), budget(random));
        int debts = 1 + random.nextInt(4);
        for (int d = 0; d < debts; d++) {
            c = cases.addDebt(id, c.version(), debt(random, today));
        }
        for (Stage step : path(target)) {
            c = cases.moveStage(id, c.version(), step, reasonFor(step));
        }
    }

    private static List<Stage> path(Stage target) {
        List<Stage> steps = new ArrayList<>();
        if (target == Stage.INTAKE) {
            return steps;
        }
        if (target == Stage.WITHDRAWN) {
            steps.add(Stage.WITHDRAWN);
            return steps;
        }
        // CLOSED needs the credit repair outcome recorded first: creditrepair.DemoCreditRepair closes those cases.
        for (Stage stage : List.of(Stage.NEGOTIATION, Stage.AGREEMENT, Stage.REPAYMENT, Stage.CREDIT_REPAIR)) {
            steps.add(stage);
            if (stage == target) {
                break;
            }
        }
        return steps;
    }

    private static String reasonFor(Stage step) {
        return switch (step) {
            case CLOSED -> "全部债务已结清，征信异议已处理完毕。";
            case WITHDRAWN -> "客户决定自行与平台协商，撤回委托。";
            default -> null;
        };
    }

    private static Budget budget(Random random) {
        int salary = 3000 + random.nextInt(9) * 500;
        int rent = 800 + random.nextInt(8) * 200;
        return new Budget(List.of(
                new Budget.Line(true, null, "工资", Money.yuan(salary)),
                new Budget.Line(false, ExpenseCategory.HOUSING, "房租", Money.yuan(rent)),
                new Budget.Line(false, ExpenseCategory.FOOD, "伙食", Money.yuan(900 + random.nextInt(6) * 100)),
                new Budget.Line(false, ExpenseCategory.TRANSPORT, "交通", Money.yuan(150)),
                new Budget.Line(false, ExpenseCategory.UTILITIES, "水电话费", Money.yuan(200)),
                new Budget.Line(false, ExpenseCategory.OTHER, "其他", Money.yuan(100 + random.nextInt(4) * 100))),
                random.nextInt(3));
    }

    private static DebtDetails debt(Random random, LocalDate today) {
        Lender lender = LENDERS.get(random.nextInt(LENDERS.size()));
        int principal = (2 + random.nextInt(40)) * 1000;
        int received = lender.type() == LenderType.UNLICENSED_OR_UNKNOWN ? principal * 7 / 10 : principal;
        int paid = principal * random.nextInt(50) / 100;
        int outstanding = principal - paid;
        LocalDate contract = today.minusDays(200 + random.nextInt(500));
        return new DebtDetails(lender.name(), lender.type(), lender.product(), contract,
                Money.yuan(principal), Money.yuan(received),
                Money.yuan(principal - received), new BigDecimal(lender.rate()), lender.basis(),
                12 * (1 + random.nextInt(3)), Money.yuan(paid),
                Money.yuan(outstanding),
                Money.yuan(outstanding / 20), Money.yuan(outstanding / 50),
                contract.plusDays(30 + random.nextInt(170)), random.nextInt(3) == 0 ? "某某信息咨询有限公司" : null,
                random.nextInt(8) == 0);
    }

    /** A syntactically valid, made-up resident ID number (GB 11643 check digit). */
    static String idNumber(String region, Random random, int n) {
        LocalDate birth = LocalDate.of(1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String body = region + birth.toString().replace("-", "") + "%03d".formatted((n * 7 + random.nextInt(7)) % 1000);
        return body + ChineseIdNumber.checkDigit(body);
    }
}
