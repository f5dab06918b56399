package org.reliefdesk.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evidence bytes as files named by random ids, two levels deep so no directory
 * grows huge. A write goes to a temporary file in the target's own directory, is
 * forced to disk, then renamed atomically: a crash leaves either the whole file or
 * a {@code .tmp} that no row points to.
 */
class FileSystemEvidenceStore implements EvidenceStore {

    private static final Logger log = LoggerFactory.getLogger(FileSystemEvidenceStore.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private static final int BUFFER = 256 * 1024;

    private final Path root;

    FileSystemEvidenceStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the evidence directory " + this.root, e);
        }
    }

    Path root() {
        return root;
    }

    @Override
    public Stored put(InputStream content) throws IOException {
        String key = UUID.randomUUID().toString().replace("-", "");
        Path target = path(key);
        Path directory = target.getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, ".upload-", ".tmp");
        boolean done = false;
        try {
            MessageDigest sha256 = sha256();
            long size = 0;
            // One reused direct buffer: the heap does not grow with the file.
            ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
            byte[] chunk = new byte[BUFFER];
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                int read;
                // Fill the whole chunk: the servlet hands the body over 8 KiB at a time, and hashing and
                // writing 8 KiB pieces cost about a third of the upload speed (docs/performance.md).
                while ((read = content.readNBytes(chunk, 0, chunk.length)) > 0) {
                    sha256.update(chunk, 0, read);
                    buffer.clear();
                    buffer.put(chunk, 0, read).flip();
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                    size += read;
                }
                out.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(directory);
            done = true;
            return new Stored(key, size, HexFormat.of().formatHex(sha256.digest()));
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (NoSuchFileException e) {
            // already gone
        } catch (IOException e) {
            log.error("Could not delete evidence file {}; it is an orphan now", key, e);
        }
    }

    /**
     * Deletes what a crash can leave behind: temporary files and files no row
     * points to, both older than {@code before} (younger ones may belong to an
     * upload still in progress, on this node or another sharing the directory).
     *
     * @return how many files were deleted
     */
    int sweep(Instant before, Predicate<String> referenced) throws IOException {
        int deleted = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = file.getFileName().toString();
                boolean temporary = name.startsWith(".upload-") && name.endsWith(".tmp");
                boolean orphan = KEY.matcher(name).matches() && !referenced.test(name);
                if ((temporary || orphan) && Files.getLastModifiedTime(file).toInstant().isBefore(before)
                        && Files.deleteIfExists(file)) {
                    log.warn("Deleted {} evidence file {} left by an interrupted upload", temporary ? "temporary"
                            : "unreferenced", root.relativize(file));
                    deleted++;
                }
            }
        }
        return deleted;
    }

    @Override
    public boolean exists(String key) {
        return Files.exists(path(key));
    }

    /** The file for a key; keys are checked so a tampered row cannot point outside the store. */
    Path path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not an evidence key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    /** Makes the rename itself durable; not every platform can open a directory, which is fine there. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("Directory sync not supported for {}", directory, e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
