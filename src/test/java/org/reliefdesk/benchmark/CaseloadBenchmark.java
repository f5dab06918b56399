package org.reliefdesk.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.reliefdesk.Application;
import org.reliefdesk.audit.AuditEntry;
import org.reliefdesk.audit.AuditTrail;
import org.reliefdesk.audit.ChainVerification;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.CaseloadFilter;
import org.reliefdesk.platform.SensitiveData;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.ChineseIdNumber;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Loads N synthetic cases (default 1,000,000) into a fresh embedded PostgreSQL
 * through COPY, then times the real services: caseload pages, searches and the
 * audit chain. Run: {@code ./mvnw test-compile exec:java -Dbenchmark.cases=1000000}
 * (see docs/performance.md). It prints figures; it asserts nothing.
 */
public final class CaseloadBenchmark {

    private static final int COUNSELLORS = 200;
    private static final int PAGE = 50;
    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
            + "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
            .split("");
    private static final String[] DOUBLE_SURNAMES = {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫"};
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧巧美霞平刚桂兰玉萍红鹏飞建国志伟晓东海燕子涵"
            + "浩宇欣怡梓轩雨萱俊杰佳琪文博诗涵";

    private CaseloadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = Integer.getInteger("benchmark.cases", 1_000_000);
        int rounds = Integer.getInteger("benchmark.rounds", 200);
        System.out.printf("ReliefDesk caseload benchmark: %,d cases, %d timed rounds per query%n", cases, rounds);
        System.out.printf("Machine: %d cores, %d MiB max heap, %s %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("os.name"),
                ManagementFactory.getRuntimeMXBean().getVmVersion());

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("maintenance_work_mem", "512MB")
                .setServerConfig("synchronous_commit", "off")
                .start()) {
            // Command-line style arguments outrank application.properties.
            ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                    .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres", "--spring.datasource.password=",
                            "--reliefdesk.demo=false", "--reliefdesk.admin-password=Benchmark-Admin-2026",
                            "--reliefdesk.crypto.data-key=" + key(1), "--reliefdesk.crypto.index-key=" + key(2),
                            "--server.port=0", "--logging.level.root=warn", "--spring.main.banner-mode=off");
            try {
                DataSource dataSource = app.getBean(DataSource.class);
                SensitiveData sensitive = app.getBean(SensitiveData.class);
                Generated generated = load(dataSource, sensitive, cases);
                measure(app, generated, rounds);
            } finally {
                app.close();
            }
        }
    }

    private record Generated(List<String> idNumbers, List<String> lastFours, List<String> nameParts) {
    }

    private static Generated load(DataSource dataSource, SensitiveData sensitive, int cases) throws Exception {
        Random random = new Random(42);
        List<String> idSamples = new ArrayList<>();
        List<String> lastFourSamples = new ArrayList<>();
        List<String> nameSamples = new ArrayList<>();
        long started = System.nanoTime();
        Instant now = Instant.now();
        LocalDate today = LocalDate.now();
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copyRows(copy, "account (username, display_name, password_hash, role, enabled, must_change_password,"
                    + " created_at)", COUNSELLORS, i -> row("bc" + i, "咨询师" + i, "{bcrypt}x", "COUNSELLOR", "t", "f",
                    now.toString()));
            copyRows(copy, "account (username, display_name, password_hash, role, enabled, must_change_password,"
                    + " created_at)", cases, i -> row("bk" + i, "客户" + i, "{bcrypt}x", "CLIENT", "t", "f",
                    now.toString()));
            System.out.printf("  accounts loaded after %.1f s%n", seconds(started));

            copyRows(copy, "case_file (id, stage, client_username, counsellor_username, client_name, id_number_cipher,"
                    + " id_number_index, phone_cipher, phone_index, phone_last4_index, address, hardship_reason,"
                    + " urgent_court, urgent_collection, priority, earliest_overdue_since, created_at,"
                    + " last_activity_at)", cases, i -> {
                        String name = name(random);
                        String idNumber = idNumber(random, i);
                        String mobile = "1" + (3 + random.nextInt(7)) + "%09d".formatted(random.nextInt(1_000_000_000));
                        if (i % (cases / 100 + 1) == 0) {
                            idSamples.add(idNumber);
                            lastFourSamples.add(mobile.substring(7));
                            nameSamples.add(name.substring(name.length() - 2));
                        }
                        boolean court = random.nextInt(20) == 0;
                        boolean abuse = random.nextInt(8) == 0;
                        Instant activity = now.minus(random.nextInt(365 * 24 * 60), ChronoUnit.MINUTES);
                        return row(String.valueOf(i + 1), STAGES[random.nextInt(STAGES.length)], "bk" + i,
                                "bc" + (i % COUNSELLORS), name, hex(sensitive.encrypt(idNumber)),
                                hex(sensitive.blindIndex("id-number", idNumber)), hex(sensitive.encrypt(mobile)),
                                hex(sensitive.blindIndex("phone", mobile)),
                                hex(sensitive.blindIndex("phone-last4", mobile.substring(7))), "某市某区某路",
                                "UNEMPLOYMENT", court ? "t" : "f", abuse ? "t" : "f",
                                String.valueOf((court ? 2 : 0) + (abuse ? 1 : 0)),
                                today.minusDays(random.nextInt(700)).toString(), activity.minus(30, ChronoUnit.DAYS)
                                        .toString(), activity.toString());
                    });
            System.out.printf("  cases loaded after %.1f s%n", seconds(started));

            copyRows(copy, "case_debt (case_id, lender_name, lender_type, contract_principal, amount_received,"
                    + " upfront_fees, nominal_rate, rate_basis, paid_so_far, outstanding_principal,"
                    + " outstanding_interest, outstanding_penalties, overdue_since, legal_action, added_at)", cases * 2,
                    i -> row(String.valueOf(i / 2 + 1), "某消费金融公司", "CONSUMER_FINANCE", "10000.00", "10000.00",
                            "0.00", "24.000000", "ANNUAL", "2000.00", "8000.00", "300.00", "50.00",
                            today.minusDays(random.nextInt(700)).toString(), "f", today.toString()));
            System.out.printf("  debts loaded after %.1f s%n", seconds(started));

            loadAuditChain(connection, copy, cases, random);
            System.out.printf("  audit chain loaded after %.1f s%n", seconds(started));
            try (Statement statement = connection.createStatement()) {
                statement.execute("select setval(pg_get_serial_sequence('case_file', 'id'), " + cases + ")");
                statement.execute("vacuum analyze");
            }
        }
        System.out.printf("Loaded %,d cases, %,d debts, %,d audit rows in %.1f s%n", cases, cases * 2, cases,
                seconds(started));
        return new Generated(idSamples, lastFourSamples, nameSamples);
    }

    private static final String[] STAGES = {"INTAKE", "NEGOTIATION", "AGREEMENT", "REPAYMENT", "CREDIT_REPAIR",
        "CLOSED", "WITHDRAWN"};

    /** Audit rows chained onto whatever the start-up wrote, hashed exactly as AuditTrail does. */
    private static void loadAuditChain(Connection connection, CopyManager copy, int rows, Random random)
            throws SQLException, IOException {
        byte[] previous;
        long lastId;
        try (Statement statement = connection.createStatement();
                var rs = statement.executeQuery("select id, hash from audit_event order by id desc limit 1")) {
            rs.next();
            lastId = rs.getLong(1);
            previous = rs.getBytes(2);
        }
        byte[][] chain = {previous};
        Instant base = Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        long first = lastId + 1;
        copyRows(copy, "audit_event (id, occurred_at, actor, remote_address, case_id, action, target_type, target_id,"
                + " summary, details, prev_hash, hash)", rows, i -> {
                    long id = first + i;
                    Instant at = base.plus(i * 30L, ChronoUnit.SECONDS);
                    long caseId = 1 + random.nextInt(rows);
                    String summary = "Moved from NEGOTIATION to AGREEMENT";
                    byte[] hash = AuditTrail.chainHash(chain[0], new AuditEntry(id, at, "bc" + (caseId % COUNSELLORS),
                            "10.0.0.1", caseId, "STAGE_MOVED", "case", String.valueOf(caseId), summary, null));
                    String line = row(String.valueOf(id), at.toString(), "bc" + (caseId % COUNSELLORS), "10.0.0.1",
                            String.valueOf(caseId), "STAGE_MOVED", "case", String.valueOf(caseId), summary, "\\N",
                            hex(chain[0]), hex(hash));
                    chain[0] = hash;
                    return line;
                });
        try (Statement statement = connection.createStatement()) {
            statement.execute("select setval('audit_event_seq', " + (first + rows - 1) + ")");
        }
    }

    private static void measure(ConfigurableApplicationContext app, Generated data, int rounds) {
        CaseService cases = app.getBean(CaseService.class);
        AuditTrail audit = app.getBean(AuditTrail.class);
        Random random = new Random(7);
        System.out.printf("%n%-52s %9s %9s %9s%n", "query (through the real service)", "p50 ms", "p95 ms", "p99 ms");

        time("counsellor caseload, first page", rounds, i -> {
            signIn("bc" + random.nextInt(COUNSELLORS), Role.COUNSELLOR);
            return cases.caseload(CaseloadFilter.none(), PageRequest.of(0, PAGE)).getNumberOfElements();
        });
        signIn("admin", Role.ADMIN);
        Sort byActivity = Sort.by(Sort.Direction.DESC, "lastActivityAt");
        time("admin, all cases by last activity, page 1", rounds,
                i -> cases.caseload(CaseloadFilter.none(), PageRequest.of(0, PAGE, byActivity)).getNumberOfElements());
        time("admin, all cases by last activity, page 2,000", rounds,
                i -> cases.caseload(CaseloadFilter.none(), PageRequest.of(1999, PAGE, byActivity))
                        .getNumberOfElements());
        time("admin search: 2 characters of a name", rounds, i -> search(cases, pick(data.nameParts(), i)));
        time("admin search: last 4 digits of the mobile", rounds, i -> search(cases, pick(data.lastFours(), i)));
        time("admin search: exact ID number", rounds, i -> search(cases, pick(data.idNumbers(), i)));
        signIn("bc" + 17, Role.COUNSELLOR);
        time("counsellor search: 2 characters of a name", rounds, i -> search(cases, pick(data.nameParts(), i)));

        signIn("admin", Role.ADMIN);
        int[] checked = new int[1];
        double[] verify = time("verify the whole audit chain", 5, i -> {
            ChainVerification result = audit.verify();
            if (!result.intact()) {
                throw new IllegalStateException("Chain broken at " + result.firstBrokenId());
            }
            checked[0] = (int) result.rowsChecked();
            return 1;
        });
        System.out.printf("%naudit chain: %,d rows verified intact; best run %.0f ms%n", checked[0], verify[0]);
        SecurityContextHolder.clearContext();
    }

    private static int search(CaseService cases, String text) {
        return cases.caseload(new CaseloadFilter(null, null, false, null, text), PageRequest.of(0, PAGE))
                .getNumberOfElements();
    }

    /** Runs a query {@code rounds} times after a short warm-up; prints and returns sorted timings in ms. */
    private static double[] time(String label, int rounds, IntFunction<Integer> query) {
        for (int i = 0; i < Math.min(20, rounds); i++) {
            query.apply(i);
        }
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            query.apply(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-52s %9.2f %9.2f %9.2f%n", label, percentile(millis, 50),
                percentile(millis, 95), percentile(millis, 99));
        return millis;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void signIn(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    private static String pick(List<String> samples, int i) {
        return samples.get(i % samples.size());
    }

    private static void copyRows(CopyManager copy, String target, int rows, IntFunction<String> row)
            throws SQLException, IOException {
        final int batch = 50_000;
        for (int from = 0; from < rows; from += batch) {
            StringBuilder text = new StringBuilder(batch * 200);
            for (int i = from; i < Math.min(rows, from + batch); i++) {
                text.append(row.apply(i)).append('\n');
            }
            copy.copyIn("copy " + target + " from stdin", new StringReader(text.toString()));
        }
    }

    private static String row(String... values) {
        return String.join("\t", values);
    }

    private static String hex(byte[] bytes) {
        return "\\\\x" + HexFormat.of().formatHex(bytes);
    }

    private static String name(Random random) {
        String surname = random.nextInt(50) == 0 ? DOUBLE_SURNAMES[random.nextInt(DOUBLE_SURNAMES.length)]
                : SURNAMES[random.nextInt(SURNAMES.length)];
        int length = random.nextInt(3) == 0 ? 1 : 2;
        StringBuilder name = new StringBuilder(surname);
        for (int i = 0; i < length; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    private static String idNumber(Random random, int n) {
        LocalDate birth = LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String body = "%06d".formatted(110000 + random.nextInt(500_000)).substring(0, 6)
                + birth.toString().replace("-", "") + "%03d".formatted(n % 1000);
        return body + ChineseIdNumber.checkDigit(body);
    }

    private static String key(int seed) {
        byte[] key = new byte[32];
        new Random(seed).nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
