package org.reliefdesk.benchmark;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.reliefdesk.Application;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.evidence.EvidenceCategory;
import org.reliefdesk.evidence.EvidenceContent;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceUploadHandler;
import org.reliefdesk.evidence.ReadPurpose;
import org.reliefdesk.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Uploads one generated 200 MiB file through the vault's real upload code: the
 * {@link EvidenceUploadHandler} the UI's Upload uses, given an {@link UploadEvent}
 * over a servlet request whose body streams the bytes as they are generated (as
 * Tomcat's request stream would; no HTTP socket in between). Then it reads the file
 * back through {@link EvidenceService#open}, which verifies the hash first.
 * Reports throughput and heap growth; asserts nothing.
 * <p>
 * Run: {@code ./mvnw -B -o -q test-compile exec:java -Dexec.mainClass=org.reliefdesk.benchmark.EvidenceUploadBenchmark}
 * once the exec plugin takes its main class from that property (the POM fixes it to the caseload
 * benchmark today), or with {@code java -cp target/classes:target/test-classes:<test classpath>}
 * ({@code -Dbenchmark.mib=200}, {@code -Dbenchmark.rounds=3}).
 */
public final class EvidenceUploadBenchmark {

    private EvidenceUploadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long size = Long.getLong("benchmark.mib", 200) * 1024 * 1024;
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        Path store = Files.createTempDirectory("reliefdesk-evidence-benchmark");
        System.out.printf("ReliefDesk evidence upload benchmark: %d MiB, %d rounds, store in %s%n", size >> 20,
                rounds, store);
        System.out.printf("Machine: %d cores, %d MiB max heap, %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getRuntimeMXBean().getVmVersion());
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                    .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres", "--spring.datasource.password=",
                            "--reliefdesk.demo=true", "--reliefdesk.evidence.directory=" + store,
                            "--reliefdesk.evidence.max-size=" + size + "B",
                            "--server.port=0", "--logging.level.root=warn", "--spring.main.banner-mode=off");
            try {
                run(app, size, rounds);
            } finally {
                app.close();
                try (var files = Files.walk(store)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    private static void run(ConfigurableApplicationContext app, long size, int rounds) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "counsellor", null, List.of(new SimpleGrantedAuthority(Role.COUNSELLOR.authority()))));
        EvidenceService evidence = app.getBean(EvidenceService.class);
        long caseId = app.getBean(CaseService.class).openCase(Intakes.intake("压测客户", "13712345678")).caseId();
        byte[] pattern = new byte[1024 * 1024];
        new Random(42).nextBytes(pattern);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, pattern, 0, header.length);

        for (int round = 1; round <= rounds; round++) {
            AtomicReference<EvidenceItem> saved = new AtomicReference<>();
            EvidenceUploadHandler handler = new EvidenceUploadHandler(evidence, caseId,
                    new EvidenceUploadHandler.Settings(EvidenceCategory.OTHER, "benchmark", List.of()), saved::set);
            UploadEvent event = new UploadEvent(new VaadinServletRequest(new StreamingRequest(pattern, size), null),
                    null, null, "压测文件-" + round + ".pdf", size, "application/pdf", new Element("div"), null);

            long before = usedAfterGc();
            resetPeaks();
            long start = System.nanoTime();
            handler.handleUploadRequest(event);
            long uploadNanos = System.nanoTime() - start;
            long peak = peakHeap();
            long after = usedAfterGc();
            if (saved.get() == null) {
                throw new IllegalStateException("Upload refused: " + event.getRejectionMessage());
            }

            resetPeaks();
            start = System.nanoTime();
            long read;
            try (EvidenceContent content = evidence.open(caseId, saved.get().id(), ReadPurpose.DOWNLOAD)) {
                long verified = System.nanoTime() - start;
                read = content.stream().transferTo(OutputStream.nullOutputStream());
                long total = System.nanoTime() - start;
                System.out.printf(
                        "round %d: upload %.0f MB/s (%.2f s), heap after GC %+.1f MiB, peak heap above start %.1f MiB;"
                                + " read-back verify %.0f MB/s, verify+stream %.0f MB/s (%d bytes)%n",
                        round, mbPerS(size, uploadNanos), uploadNanos / 1e9, (after - before) / 1048576.0,
                        (peak - before) / 1048576.0, mbPerS(size, verified), mbPerS(2 * size, total), read);
            }
        }
    }

    private static double mbPerS(long bytes, long nanos) {
        return bytes / 1e6 / (nanos / 1e9);
    }

    private static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the pools' peaks since the reset: an upper bound of the heap in use at any moment. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** A request whose body is generated while it is read, like a socket's, never held whole. */
    private static final class StreamingRequest extends MockHttpServletRequest {

        private final ServletInputStream body;

        StreamingRequest(byte[] pattern, long size) {
            super("POST", "/VAADIN/dynamic/resource/upload");
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
                    int n = (int) Math.min(Math.min(length, pattern.length - at), size - position);
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
                    return generated.read(buffer, offset, length);
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
