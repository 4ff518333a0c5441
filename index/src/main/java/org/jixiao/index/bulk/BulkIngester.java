package org.jixiao.index.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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

    public BulkIngester(RecordStore store, RecordReader reader, IngestSettings settings, IngestProgress progress) {
        this.store = store;
        this.reader = reader;
        this.settings = settings;
        this.progress = progress;
    }

    /** The regular files under each path (a file stands for itself), without hidden ones, in name order. */
    public static List<Path> listFiles(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted(Comparator.comparing(Path::toString)).forEach(files::add);
                }
            } else {
                files.add(path);
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
        long start = System.nanoTime();
        Set<String> stored = settings.replaceStored() ? Set.of() : store.storedHashes();
        Set<String> claimed = ConcurrentHashMap.newKeySet();
        Map<FileOutcome, AtomicInteger> outcomes = new EnumMap<>(FileOutcome.class);
        for (FileOutcome outcome : FileOutcome.values()) {
            outcomes.put(outcome, new AtomicInteger());
        }
        Map<Path, FailedFile> failed = new ConcurrentHashMap<>();
        AtomicLong pages = new AtomicLong();
        progress.started(files.size());

        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "jixiao-ingest");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> tasks = new ArrayList<>(files.size());
            for (Path file : files) {
                tasks.add(pool.submit(() -> {
                    Outcome outcome = ingest(file, stored, claimed);
                    outcomes.get(outcome.kind()).incrementAndGet();
                    pages.addAndGet(outcome.pages());
                    if (outcome.failure() != null) {
                        failed.put(file, outcome.failure());
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
        return new IngestSummary(files.size(), counts, pages.get(), report, Duration.ofNanos(System.nanoTime() - start));
    }

    private record Outcome(FileOutcome kind, int pages, FailedFile failure) {
    }

    private Outcome ingest(Path file, Set<String> stored, Set<String> claimed) throws IOException {
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
        store.put(record, file);
        synchronized (commitLock) {
            if (++storedSinceCommit >= settings.batchSize()) {
                store.commit();
                storedSinceCommit = 0;
            }
        }
        return new Outcome(FileOutcome.STORED, record.source().pages(), null);
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
