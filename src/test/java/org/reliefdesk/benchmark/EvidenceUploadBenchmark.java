package org.reliefdesk.benchmark;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.reliefdesk.Application;
import org.reliefdesk.BrowserSession;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.evidence.EvidenceContent;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceUploadHandler;
import org.reliefdesk.evidence.ReadPurpose;
import org.reliefdesk.platform.DemoMode;
import org.reliefdesk.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Uploads a generated 200 MiB PDF into the evidence vault and reports throughput
 * and the server JVM's heap growth (issue target: at least 100 MB/s on loopback,
 * at most 16 MB of heap growth). Two modes, both against one portal started here
 * (embedded PostgreSQL, demo mode, random port, evidence store in a temp dir):
 * <ul>
 * <li>{@code inprocess}: calls the {@link EvidenceUploadHandler} directly with an
 * {@link UploadEvent} over a request whose body is generated as it is read; no HTTP,
 * no browser. Then reads the file back through {@link EvidenceService#open}.</li>
 * <li>{@code http}: the real upload path. Chromium (Playwright) signs in as the demo
 * counsellor, opens the case's 证据 tab and puts a 200 MiB file on disk into
 * {@code #evidence-upload}; the browser sends it as Vaadin's Upload does (raw XHR
 * body) over loopback into Tomcat, the Upload endpoint and the handler. A servlet
 * filter registered only here times that request on the server (entry, each body
 * read, exit) without changing main code. A diagnostic round then posts the same
 * file to the same endpoint with {@code java.net.http} to tell the browser's share
 * from the server's.</li>
 * </ul>
 * The heap is the server JVM's (this process), sampled every ~5 ms from a System.gc()
 * baseline; Chromium's memory is its own process and not measured. In http mode the
 * Playwright client lives in this JVM too (it only waits during the upload).
 * <p>
 * Run: {@code JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -B -o -q test-compile exec:java
 * -Dbenchmark.main=org.reliefdesk.benchmark.EvidenceUploadBenchmark} with optional
 * {@code -Dbenchmark.mode=both|http|inprocess} (default both), {@code -Dbenchmark.mib=200},
 * {@code -Dbenchmark.rounds=3}. Needs {@code chromium} on the PATH for http mode. It asserts
 * nothing but that each upload was stored whole (size and SHA-256).
 */
public final class EvidenceUploadBenchmark {

    private static final long MIB = 1024 * 1024;
    private static final Pattern NOT_LOGIN = Pattern.compile(".*:\\d+/(?!login$).*");

    private EvidenceUploadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long size = Long.getLong("benchmark.mib", 200) * MIB;
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        String mode = System.getProperty("benchmark.mode", "both").toLowerCase(Locale.ROOT);
        if (!List.of("both", "http", "inprocess").contains(mode)) {
            throw new IllegalArgumentException("benchmark.mode must be both, http or inprocess, not " + mode);
        }
        Path work = Files.createTempDirectory("reliefdesk-evidence-benchmark");
        Path store = work.resolve("store");
        System.out.printf("ReliefDesk evidence upload benchmark: %d MiB (%,d bytes), %d rounds, mode %s%n",
                size >> 20, size, rounds, mode);
        System.out.printf("Machine: %d cores, %d MiB max heap, GC %s, %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining("+")), ManagementFactory.getRuntimeMXBean().getVmVersion());
        var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        System.out.printf("G1 region size %s bytes: the sampled heap moves in steps of whole regions%n",
                hotspot.getVMOption("G1HeapRegionSize").getValue());
        System.out.printf("Work dir %s on %s (%s); MB = 10^6 bytes, MiB = 2^20 bytes%n", work,
                Files.getFileStore(work).name(), Files.getFileStore(work).type());
        UploadTimer timer = new UploadTimer();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                    .initializers(context -> ((GenericApplicationContext) context).registerBean(
                            "evidenceBenchmarkUploadTimer", FilterRegistrationBean.class, timer::registration))
                    .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres", "--spring.datasource.password=",
                            "--reliefdesk.demo=true", "--reliefdesk.evidence.directory=" + store,
                            "--reliefdesk.evidence.max-size=" + size + "B",
                            "--vaadin.devmode.devTools.enabled=false", "--server.port=0",
                            "--logging.level.root=warn", "--spring.main.banner-mode=off");
            try {
                signIn();
                long caseId = app.getBean(CaseService.class).openCase(Intakes.intake("压测客户", "13712345678"))
                        .caseId();
                SecurityContextHolder.clearContext();
                if (!mode.equals("http")) {
                    inProcess(app, caseId, size, rounds, work);
                }
                if (!mode.equals("inprocess")) {
                    http(app, timer, caseId, size, rounds, work);
                }
            } finally {
                app.close();
                try (var files = Files.walk(work)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    // --- in-process: the handler called directly -------------------------------------------------

    private static void inProcess(ConfigurableApplicationContext app, long caseId, long size, int rounds, Path work)
            throws Exception {
        signIn();
        EvidenceService evidence = app.getBean(EvidenceService.class);
        byte[] pattern = new byte[(int) MIB];
        new Random(42).nextBytes(pattern);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, pattern, 0, header.length);

        System.out.printf("%n== IN-PROCESS: EvidenceUploadHandler called directly, generated request body,"
                + " no HTTP, no browser ==%n");
        System.out.printf("%-6s %8s %9s %12s %12s %12s %5s %10s %12s%n", "round", "upload s", "MB/s",
                "heap peak+", "pool peak+", "after GC +", "GCs", "alloc MiB", "read-back MB/s");
        for (int round = 1; round <= rounds; round++) {
            InProcessUpload upload = inProcessUpload(evidence, caseId, "压测文件-" + round + ".pdf",
                    new StreamingRequest(pattern, size, Integer.MAX_VALUE, false));
            long uploadNanos = upload.nanos();
            HeapWatch.Figures h = upload.heap();
            long start = System.nanoTime();
            long read;
            try (EvidenceContent content = evidence.open(caseId, upload.item().id(), ReadPurpose.DOWNLOAD)) {
                read = content.stream().transferTo(OutputStream.nullOutputStream());
            }
            long readNanos = System.nanoTime() - start;
            if (read != size) {
                throw new IllegalStateException("Read back " + read + " bytes, expected " + size);
            }
            System.out.printf(Locale.ROOT, "%-6d %8.2f %9.0f %9.1f MiB %8.1f MiB %+8.1f MiB %5d %10.1f %12.0f%n",
                    round, uploadNanos / 1e9, mbPerS(size, uploadNanos), h.sampledPeakGrowthMib(),
                    h.poolPeakGrowthMib(), h.afterGcGrowthMib(), h.gcs(), h.allocatedMib(),
                    mbPerS(2 * size, readNanos));
        }
        System.out.println("read-back = EvidenceService.open (hash check: one full read) + streaming it, 2x the"
                + " bytes over the time");
        components(pattern, size, work);
        // Tomcat hands the request body over in pieces of its 8 KiB socket buffer, so over HTTP the store
        // hashes and writes 8 KiB at a time; the same here, and then with the pieces gathered to 256 KiB.
        for (boolean gather : new boolean[] {false, true}) {
            InProcessUpload upload = inProcessUpload(evidence, caseId, "压测文件-8k-" + gather + ".pdf",
                    new StreamingRequest(pattern, size, 8192, gather));
            System.out.printf(Locale.ROOT, "in-process, body read in 8 KiB pieces%s: %.2f s = %.0f MB/s%n",
                    gather ? " gathered to fill the store's 256 KiB chunk (not what main code does)"
                            : " as Tomcat serves them", upload.nanos() / 1e9, mbPerS(size, upload.nanos()));
        }
        SecurityContextHolder.clearContext();
    }

    private record InProcessUpload(EvidenceItem item, long nanos, HeapWatch.Figures heap) {
    }

    private static InProcessUpload inProcessUpload(EvidenceService evidence, long caseId, String name,
            StreamingRequest request) throws Exception {
        AtomicReference<EvidenceItem> saved = new AtomicReference<>();
        EvidenceUploadHandler handler = new EvidenceUploadHandler(evidence, caseId,
                new EvidenceUploadHandler.Settings(EvidenceCategory.OTHER, "benchmark", List.of()), saved::set);
        UploadEvent event = new UploadEvent(new VaadinServletRequest(request, null), null, null, name,
                request.size, "application/pdf", new Element("div"), null);
        HeapWatch heap = HeapWatch.start();
        long start = System.nanoTime();
        handler.handleUploadRequest(event);
        long nanos = System.nanoTime() - start;
        HeapWatch.Figures h = heap.stop();
        if (saved.get() == null) {
            throw new IllegalStateException("Upload refused: " + event.getRejectionMessage());
        }
        return new InProcessUpload(saved.get(), nanos, h);
    }

    /** The upload's parts alone, on this machine: where a slow upload could lose its time. */
    private static void components(byte[] pattern, long size, Path work) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long start = System.nanoTime();
        for (long done = 0; done < size; done += pattern.length) {
            sha.update(pattern, 0, (int) Math.min(pattern.length, size - done));
        }
        long shaNanos = System.nanoTime() - start;
        Path file = work.resolve("component-write.tmp");
        long writeNanos;
        long forceNanos;
        byte[] chunk = new byte[256 * 1024];
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocateDirect(chunk.length);
            start = System.nanoTime();
            for (long done = 0; done < size; done += chunk.length) {
                System.arraycopy(pattern, (int) (done % pattern.length), chunk, 0, chunk.length);
                buffer.clear();
                buffer.put(chunk).flip();
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
            writeNanos = System.nanoTime() - start;
            start = System.nanoTime();
            out.force(true);
            forceNanos = System.nanoTime() - start;
        }
        Files.delete(file);
        System.out.printf(Locale.ROOT, "components alone: SHA-256 %.0f MB/s; write to page cache %.0f MB/s;"
                + " fsync of %d MiB %.2f s (write+fsync %.0f MB/s)%n", mbPerS(size, shaNanos),
                mbPerS(size, writeNanos), size >> 20, forceNanos / 1e9, mbPerS(size, writeNanos + forceNanos));
    }

    // --- http: Chromium, loopback, Vaadin's Upload endpoint ---------------------------------------

    private static void http(ConfigurableApplicationContext app, UploadTimer timer, long caseId, long size,
            int rounds, Path work) throws Exception {
        String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/";
        DataSource db = app.getBean(DataSource.class);
        Path dir = Files.createDirectories(work.resolve("upload"));
        Path data = dir.resolve("data.bin");
        String sha256 = writeUploadFile(data, size);

        System.out.printf("%n== HTTP: Chromium -> loopback HTTP -> Tomcat -> Vaadin Upload endpoint (raw body) ->"
                + " EvidenceUploadHandler -> store + row ==%n");
        try (BrowserSession browser = new BrowserSession()) {
            Page page = browser.newPage("zh-CN");
            page.navigate(base + "login");
            page.locator("input[name='username']").fill("counsellor");
            page.locator("input[name='password']").fill(DemoMode.DEMO_PASSWORD);
            page.locator("input[name='password']").press("Enter");
            page.waitForURL(NOT_LOGIN);

            // Warm-up: one small file through the same path (JIT, Vaadin's first upload), not in the table.
            Path small = dir.resolve("预热.pdf");
            writeUploadFile(small, 8 * MIB);
            Round warm = browserRound(page, base, caseId, timer, small, db, null);
            System.out.printf(Locale.ROOT, "warm-up: 8 MiB in %.2f s end to end (not in the table)%n",
                    warm.endToEndNanos / 1e9);

            List<Round> results = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                Path file = dir.resolve("压测-http-" + round + ".pdf");
                Files.createLink(file, data);
                results.add(browserRound(page, base, caseId, timer, file, db, sha256));
            }
            printHttp(results, size);

            // Diagnostic: the same endpoint and file, without the browser.
            Path file = dir.resolve("压测-java-client.pdf");
            Files.createLink(file, data);
            Round direct = javaClientRound(page, base, caseId, timer, file, db, sha256);
            System.out.printf(Locale.ROOT, "%ndiagnostic, not the browser: java.net.http POSTs the same file to the"
                    + " same Upload endpoint (X-Filename, raw body, the page's session cookie):%n");
            System.out.printf(Locale.ROOT, "  %.2f s end to end = %.0f MB/s; request on the server %.2f s = %.0f MB/s;"
                    + " waiting in read %.2f s, processing between reads %.2f s, after the last byte %.2f s;"
                    + " request thread CPU %.2f s; %,d reads of %.1f KiB on average%n", direct.endToEndNanos / 1e9,
                    mbPerS(size, direct.endToEndNanos), direct.timing.requestNanos() / 1e9,
                    mbPerS(size, direct.timing.requestNanos()), direct.timing.readNanos / 1e9,
                    direct.timing.processingNanos() / 1e9, direct.timing.tailNanos() / 1e9,
                    direct.timing.cpuNanos / 1e9, direct.timing.reads,
                    direct.timing.bytes / 1024.0 / Math.max(1, direct.timing.reads));
            System.out.println("  (its heap figures are not the server's alone: the client's buffers are in this JVM)");
        }
    }

    private record Round(String name, long endToEndNanos, long gridNanos, long rowStampedMillis, Timing timing,
            HeapWatch.Figures heap) {
    }

    private static Round browserRound(Page page, String base, long caseId, UploadTimer timer, Path file,
            DataSource db, String sha256) throws Exception {
        String name = file.getFileName().toString();
        page.navigate(base + "cases/" + caseId);
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("证据")).click();
        Locator input = page.locator("#evidence-upload input[type=file]");
        input.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));

        timer.arm();
        HeapWatch heap = HeapWatch.start();
        Instant wallStart = Instant.now();
        long start = System.nanoTime();
        input.setInputFiles(file);
        Timing timing = timer.await();
        long endToEnd = timing.exit - start;
        assertThat(page.locator("#evidence-grid")).containsText(name,
                new LocatorAssertions.ContainsTextOptions().setTimeout(600_000));
        long grid = System.nanoTime() - start;
        HeapWatch.Figures h = heap.stop();
        long stamped = checkRow(db, caseId, name, Files.size(file), sha256, wallStart);
        return new Round(name, endToEnd, grid, stamped, timing, h);
    }

    private static Round javaClientRound(Page page, String base, long caseId, UploadTimer timer, Path file,
            DataSource db, String sha256) throws Exception {
        String name = file.getFileName().toString();
        page.navigate(base + "cases/" + caseId);
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("证据")).click();
        Locator upload = page.locator("#evidence-upload");
        upload.waitFor();
        String target = upload.evaluate("u => u.target").toString();
        String cookies = page.context().cookies().stream().map(c -> c.name + "=" + c.value)
                .collect(Collectors.joining("; "));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base).resolve(target))
                .header("Cookie", cookies)
                .header("Content-Type", "application/pdf")
                .header("X-Filename", java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        // Whatever CSRF header the page would send (Spring's meta tags), if it has one.
        Object csrf = page.evaluate("() => { const h = document.querySelector('meta[name=\"_csrf_header\"]');"
                + " const t = document.querySelector('meta[name=\"_csrf\"]'); return h && t ? [h.content, t.content]"
                + " : null; }");
        if (csrf instanceof List<?> header && header.size() == 2) {
            builder.header(header.get(0).toString(), header.get(1).toString());
        }
        HttpRequest request = builder.POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        timer.arm();
        HeapWatch heap = HeapWatch.start();
        Instant wallStart = Instant.now();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        Timing timing = timer.await();
        long endToEnd = System.nanoTime() - start;
        HeapWatch.Figures h = heap.stop();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Upload answered " + response.statusCode() + ": " + response.body());
        }
        long stamped = checkRow(db, caseId, name, Files.size(file), sha256, wallStart);
        return new Round(name, endToEnd, endToEnd, stamped, timing, h);
    }

    /** The stored row must hold the whole file; returns ms from the start to the row's uploaded_at. */
    private static long checkRow(DataSource db, long caseId, String name, long size, String sha256,
            Instant start) throws Exception {
        try (Connection connection = db.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select size_bytes, sha256, uploaded_at from evidence_item where case_id = ? and original_name = ?")) {
            query.setLong(1, caseId);
            query.setString(2, name);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No evidence row for " + name);
                }
                if (row.getLong(1) != size || (sha256 != null && !sha256.equals(row.getString(2)))) {
                    throw new IllegalStateException("Stored " + row.getLong(1) + " bytes, SHA-256 " + row.getString(2)
                            + "; expected " + size + ", " + sha256);
                }
                return row.getTimestamp(3).toInstant().toEpochMilli() - start.toEpochMilli();
            }
        }
    }

    private static void printHttp(List<Round> results, long size) {
        System.out.printf("%-6s %9s %7s %9s %7s %11s %8s %8s %8s %8s %9s %11s%n", "round", "e2e s", "MB/s",
                "server s", "MB/s", "body MB/s", "wait rd", "process", "tail s", "CPU s", "row at s", "grid shows");
        for (int i = 0; i < results.size(); i++) {
            Round r = results.get(i);
            Timing t = r.timing;
            System.out.printf(Locale.ROOT,
                    "%-6d %9.2f %7.0f %9.2f %7.0f %11.0f %8.2f %8.2f %8.2f %8.2f %9.2f %9.2f s%n",
                    i + 1, r.endToEndNanos / 1e9, mbPerS(size, r.endToEndNanos), t.requestNanos() / 1e9,
                    mbPerS(size, t.requestNanos()), mbPerS(size, t.lastData - t.firstData), t.readNanos / 1e9,
                    t.processingNanos() / 1e9, t.tailNanos() / 1e9, t.cpuNanos / 1e9, r.rowStampedMillis / 1e3,
                    r.gridNanos / 1e9);
        }
        System.out.printf("%n%-6s %12s %12s %12s %5s %13s %14s %12s %10s%n", "round", "heap peak+", "pool peak+",
                "after GC +", "GCs", "JVM alloc MiB", "req thread MiB", "reads", "KiB/read");
        for (int i = 0; i < results.size(); i++) {
            Round r = results.get(i);
            HeapWatch.Figures h = r.heap;
            System.out.printf(Locale.ROOT, "%-6d %8.1f MiB %8.1f MiB %+8.1f MiB %5d %13.1f %14.1f %,12d %10.1f%n",
                    i + 1, h.sampledPeakGrowthMib(), h.poolPeakGrowthMib(), h.afterGcGrowthMib(), h.gcs(),
                    h.allocatedMib(), r.timing.threadAllocated / (double) MIB, r.timing.reads,
                    r.timing.bytes / 1024.0 / Math.max(1, r.timing.reads));
        }
        System.out.println("""
                e2e      = setInputFiles() to the upload request finished on the server (row committed, response sent)
                server   = the upload request inside Tomcat: filter entry (headers read) to exit
                body     = first to last body byte read by the handler
                wait rd  = time inside the request stream's read(): Tomcat's socket reads and waiting for the sender
                process  = rest of entry..last byte: Vaadin dispatch, type check, SHA-256, file writes
                tail     = after the last byte: EOF, fsync, rename, directory sync, row + audit, response
                CPU      = CPU time of the request thread, entry to exit (below "server": it waited or was preempted)
                row at   = evidence_item.uploaded_at minus the wall clock at setInputFiles()
                grid     = until #evidence-grid shows the file name in the browser
                heap peak+ = highest used heap sampled every ~5 ms minus used after System.gc() before
                pool peak+ = sum of the heap pools' peak usage minus the same baseline (an upper bound)
                after GC + = used after System.gc() at the end minus before
                JVM alloc  = bytes allocated by all threads of this JVM during the upload (mostly garbage)
                req thread = bytes allocated on the upload's request thread (entry to exit)""");
    }

    /** Random-ish bytes after a PDF header, so the byte check files it as application/pdf; returns its SHA-256. */
    private static String writeUploadFile(Path file, long size) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Random random = new Random(size);
        byte[] chunk = new byte[(int) MIB];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long done = 0; done < size; done += chunk.length) {
                random.nextBytes(chunk);
                if (done == 0) {
                    byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1);
                    System.arraycopy(header, 0, chunk, 0, header.length);
                }
                int n = (int) Math.min(chunk.length, size - done);
                out.write(chunk, 0, n);
                sha.update(chunk, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    // --- shared ---------------------------------------------------------------------------------

    private static void signIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "counsellor", null, List.of(new SimpleGrantedAuthority(Role.COUNSELLOR.authority()))));
    }

    private static double mbPerS(long bytes, long nanos) {
        return bytes / 1e6 / (nanos / 1e9);
    }

    /** The server JVM's heap during one upload: a GC'd baseline, a ~5 ms sampler, pool peaks, allocation. */
    private static final class HeapWatch {

        record Figures(long before, long sampledPeak, long poolPeak, long after, long gcs, long allocated) {

            double sampledPeakGrowthMib() {
                return (sampledPeak - before) / (double) MIB;
            }

            double poolPeakGrowthMib() {
                return (poolPeak - before) / (double) MIB;
            }

            double afterGcGrowthMib() {
                return (after - before) / (double) MIB;
            }

            double allocatedMib() {
                return allocated / (double) MIB;
            }
        }

        private static final com.sun.management.ThreadMXBean THREADS =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        private final long before;
        private final long gcsBefore;
        private final long allocatedBefore;
        private volatile boolean running = true;
        private volatile long peak;
        private final Thread sampler;

        private HeapWatch() {
            before = usedAfterGc();
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
            gcsBefore = gcCount();
            allocatedBefore = THREADS.getTotalThreadAllocatedBytes();
            peak = before;
            sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
                var memory = ManagementFactory.getMemoryMXBean();
                while (running) {
                    long used = memory.getHeapMemoryUsage().getUsed();
                    if (used > peak) {
                        peak = used;
                    }
                    LockSupport.parkNanos(5_000_000);
                }
            });
        }

        static HeapWatch start() {
            return new HeapWatch();
        }

        Figures stop() throws InterruptedException {
            long allocated = THREADS.getTotalThreadAllocatedBytes() - allocatedBefore;
            long gcs = gcCount() - gcsBefore;
            running = false;
            sampler.join();
            long poolPeak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            return new Figures(before, peak, poolPeak, usedAfterGc(), gcs, allocated);
        }

        private static long usedAfterGc() {
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        private static long gcCount() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(n -> n > 0).sum();
        }

        private static List<MemoryPoolMXBean> heapPools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .toList();
        }
    }

    /** What the timing filter saw of one upload request; times are System.nanoTime(). */
    private record Timing(String fileName, int status, long entry, long firstRead, long firstData, long lastData,
            long exit, long readNanos, long reads, long bytes, long threadAllocated, long cpuNanos) {

        long requestNanos() {
            return exit - entry;
        }

        /** Entry to the last byte, minus the time spent waiting inside read(). */
        long processingNanos() {
            return lastData - entry - readNanos;
        }

        long tailNanos() {
            return exit - lastData;
        }
    }

    /**
     * A servlet filter ahead of everything else (Spring Security, Vaadin) that times
     * raw Upload requests (those with an X-Filename header) and every read of their body.
     * Registered only in this benchmark's context; main code is unchanged.
     */
    private static final class UploadTimer implements Filter {

        private static final com.sun.management.ThreadMXBean THREADS =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        private volatile CountDownLatch done = new CountDownLatch(1);
        private volatile Timing last;

        FilterRegistrationBean<UploadTimer> registration() {
            FilterRegistrationBean<UploadTimer> registration = new FilterRegistrationBean<>(this);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/*");
            return registration;
        }

        void arm() {
            last = null;
            done = new CountDownLatch(1);
        }

        Timing await() throws InterruptedException {
            if (!done.await(15, TimeUnit.MINUTES)) {
                throw new IllegalStateException("No upload request reached the server");
            }
            Timing timing = last;
            if (timing.status() != 200) {
                throw new IllegalStateException("The upload answered HTTP " + timing.status());
            }
            return timing;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (!(request instanceof HttpServletRequest http) || !"POST".equals(http.getMethod())
                    || http.getHeader("X-Filename") == null) {
                chain.doFilter(request, response);
                return;
            }
            long entry = System.nanoTime();
            long allocated = THREADS.getCurrentThreadAllocatedBytes();
            long cpu = THREADS.getCurrentThreadCpuTime();
            TimedRequest timed = new TimedRequest(http);
            try {
                chain.doFilter(timed, response);
            } finally {
                long exit = System.nanoTime();
                TimedStream s = timed.stream;
                last = new Timing(URLDecoder.decode(http.getHeader("X-Filename"), StandardCharsets.UTF_8),
                        ((HttpServletResponse) response).getStatus(), entry, s == null ? 0 : s.firstRead,
                        s == null ? 0 : s.firstData, s == null ? 0 : s.lastData, exit, s == null ? 0 : s.readNanos,
                        s == null ? 0 : s.reads, s == null ? 0 : s.bytes,
                        THREADS.getCurrentThreadAllocatedBytes() - allocated,
                        THREADS.getCurrentThreadCpuTime() - cpu);
                done.countDown();
            }
        }
    }

    private static final class TimedRequest extends HttpServletRequestWrapper {

        private TimedStream stream;

        TimedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new TimedStream(super.getInputStream());
            }
            return stream;
        }
    }

    /** The request body as Tomcat hands it over, with the time spent waiting in each read. */
    private static final class TimedStream extends ServletInputStream {

        private final ServletInputStream in;
        long firstRead;
        long firstData;
        long lastData;
        long readNanos;
        long reads;
        long bytes;

        TimedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == 1 ? one[0] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            long start = System.nanoTime();
            int n = in.read(buffer, offset, length);
            long end = System.nanoTime();
            if (firstRead == 0) {
                firstRead = start;
            }
            readNanos += end - start;
            reads++;
            if (n > 0) {
                bytes += n;
                if (firstData == 0) {
                    firstData = end;
                }
                lastData = end;
            }
            return n;
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * A request whose body is generated while it is read, like a socket's, never held whole:
     * at most {@code maxRead} bytes a read, or, with {@code gather}, as many reads of that size
     * as fill the caller's buffer.
     */
    private static final class StreamingRequest extends MockHttpServletRequest {

        private final ServletInputStream body;
        final long size;

        StreamingRequest(byte[] pattern, long size, int maxRead, boolean gather) {
            super("POST", "/VAADIN/dynamic/resource/upload");
            this.size = size;
            setContentType("application/octet-stream");
            InputStream generated = new InputStream() {
                private long position;

                @Override
                public int read() {
                    return position >= size ? -1 : pattern[(int) (position++ % pattern.length)] & 0xff;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    if (position >= size) {
                        return -1;
                    }
                    int at = (int) (position % pattern.length);
                    int n = (int) Math.min(Math.min(Math.min(length, maxRead), pattern.length - at),
                            size - position);
                    System.arraycopy(pattern, at, buffer, offset, n);
                    position += n;
                    return n;
                }
            };
            body = new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return generated.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    if (!gather) {
                        return generated.read(buffer, offset, length);
                    }
                    int n = generated.readNBytes(buffer, offset, length);
                    return n == 0 && length > 0 ? -1 : n;
                }

                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return body;
        }
    }
}
