package org.jixiao.index.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.index.RecordStore;
import org.jixiao.ingest.AutoDetectLoader;
import org.jixiao.ingest.IngestException;

/**
 * Reads many files on several threads and stores their records, committing every
 * {@link IngestSettings#batchSize()} documents.
 *
 * <p>A file whose content hash is already stored is skipped, so running the same batch again adds
 * nothing, and a batch interrupted by a crash or Ctrl-C resumes where its last commit left it: the
 * documents stored since were not committed, are not in the store, and are read again. A file that
 * cannot be read goes to the quarantine report and the batch goes on; a failing store stops it.
 */
public final class BulkIngester {

    private final RecordStore store;
    private final RecordReader reader;
    private final IngestSettings settings;
    private final IngestProgress progress;

    private final Object commitLock = new Object();
    private int storedSinceCommit;
    private long lastCommit;

    public BulkIngester(RecordStore store, RecordReader reader, IngestSettings settings, IngestProgress progress) {
        this.store = store;
        this.reader = reader;
        this.settings = settings;
        this.progress = progress;
    }

    /** The regular files under each path (a file stands for itself), without hidden ones, in name order. */
    public static List<Path> listFiles(List<Path> paths) throws IOException {
        return list(paths).stream().map(InputFile::file).toList();
    }

    /** {@link #listFiles}, each file with its path relative to the folder it was found under. */
    public static List<InputFile> list(List<Path> paths) throws IOException {
        List<InputFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted(Comparator.comparing(Path::toString)).forEach(f -> files.add(InputFile.under(path, f)));
                }
            } else {
                files.add(InputFile.named(path));
            }
        }
        return files;
    }

    /**
     * Ingests the files and commits.
     *
     * @throws IOException when the store fails; what was committed before stays
     */
    public IngestSummary run(List<Path> files) throws IOException {
        return runInputs(files.stream().map(InputFile::named).toList());
    }

    /** {@link #run}, each document stored with the path it was found by. */
    public IngestSummary runInputs(List<InputFile> inputs) throws IOException {
        List<Path> files = inputs.stream().map(InputFile::file).toList();
        long start = System.nanoTime();
        Set<String> stored = settings.replaceStored() ? new HashSet<>() : new HashSet<>(store.storedHashes());
        if (!settings.withoutOcr()) {
            stored.removeAll(store.hashesReadWithoutOcr()); // their scanned pages are still to be read
        }
        Set<String> claimed = ConcurrentHashMap.newKeySet();
        Map<FileOutcome, AtomicInteger> outcomes = new EnumMap<>(FileOutcome.class);
        for (FileOutcome outcome : FileOutcome.values()) {
            outcomes.put(outcome, new AtomicInteger());
        }
        Map<Path, FailedFile> failed = new ConcurrentHashMap<>();
        Set<Path> skipped = ConcurrentHashMap.newKeySet();
        Set<Path> unrecognised = ConcurrentHashMap.newKeySet();
        AtomicLong pages = new AtomicLong();
        progress.started(files.size(), totalBytes(files));
        lastCommit = System.nanoTime();

        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "jixiao-ingest");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> tasks = new ArrayList<>(files.size());
            for (InputFile input : inputs) {
                Path file = input.file();
                tasks.add(pool.submit(() -> {
                    Outcome outcome = ingest(input, stored, claimed);
                    outcomes.get(outcome.kind()).incrementAndGet();
                    pages.addAndGet(outcome.pages());
                    if (outcome.failure() != null) {
                        failed.put(file, outcome.failure());
                    }
                    if (outcome.kind() == FileOutcome.NOT_A_DOCUMENT) {
                        skipped.add(file);
                    }
                    if (outcome.unrecognised()) {
                        unrecognised.add(file);
                    }
                    progress.fileDone(file, outcome.kind(), outcome.pages());
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                await(task);
            }
        } finally {
            pool.shutdownNow();
        }
        store.commit();

        Map<FileOutcome, Integer> counts = new EnumMap<>(FileOutcome.class);
        outcomes.forEach((kind, count) -> counts.put(kind, count.get()));
        List<FailedFile> report = files.stream().map(failed::get).filter(Objects::nonNull).toList();
        return new IngestSummary(files.size(), counts, pages.get(), report,
                files.stream().filter(skipped::contains).toList(), files.stream().filter(unrecognised::contains).toList(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** @param unrecognised stored, but no performance form was recognised in it */
    private record Outcome(FileOutcome kind, int pages, FailedFile failure, boolean unrecognised) {
        Outcome(FileOutcome kind, int pages, FailedFile failure) {
            this(kind, pages, failure, false);
        }
    }

    private Outcome ingest(InputFile input, Set<String> stored, Set<String> claimed) throws IOException {
        Path file = input.file();
        DocumentRecord record;
        try {
            String sha256 = AutoDetectLoader.sha256(file);
            if (stored.contains(sha256)) {
                return new Outcome(FileOutcome.UNCHANGED, 0, null);
            }
            if (!claimed.add(sha256)) {
                return new Outcome(FileOutcome.DUPLICATE, 0, null);
            }
            record = reader.read(file);
        } catch (IngestException e) {
            if (e.reason() == IngestException.Reason.UNSUPPORTED_TYPE) {
                return new Outcome(FileOutcome.NOT_A_DOCUMENT, 0, null);
            }
            return new Outcome(FileOutcome.FAILED, 0, new FailedFile(file, e.getMessage()));
        } catch (RuntimeException e) {
            // an extractor bug on one file must not sink the batch; the report says what broke
            return new Outcome(FileOutcome.FAILED, 0, new FailedFile(file, file + ": internal error: " + e));
        }
        store.put(record, input.provenance(settings.withoutOcr()));
        synchronized (commitLock) {
            long now = System.nanoTime();
            if (++storedSinceCommit >= settings.batchSize() || now - lastCommit >= settings.commitEvery().toNanos()) {
                store.commit();
                storedSinceCommit = 0;
                lastCommit = now;
            }
        }
        return new Outcome(FileOutcome.STORED, record.source().pages(), null, record.projects().isEmpty());
    }

    /** The files' bytes: scans are large, so progress by bytes weighs OCR pages by their cost. */
    private static long totalBytes(List<Path> files) {
        long bytes = 0;
        for (Path file : files) {
            bytes += sizeOf(file);
        }
        return bytes;
    }

    /** A file's size, 0 where it cannot be read (it fails later, with its reason). */
    public static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void await(Future<?> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }
}
