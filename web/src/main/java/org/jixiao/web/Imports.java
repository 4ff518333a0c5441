package org.jixiao.web;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jixiao.index.RecordStore;
import org.jixiao.index.bulk.BulkIngester;
import org.jixiao.index.bulk.FailedFile;
import org.jixiao.index.bulk.FileOutcome;
import org.jixiao.index.bulk.IngestProgress;
import org.jixiao.index.bulk.IngestSettings;
import org.jixiao.index.bulk.IngestSummary;
import org.jixiao.index.bulk.RecordReader;

/**
 * Imports run in the background by the bulk ingester, one at a time in the order asked; the others wait.
 *
 * <p>An upload is saved under {@code web/uploads/ID/} before it is queued (the records point to these
 * files, so originals stay downloadable); a folder import records the folder's path there. A marker
 * {@code .pending} stays until the import ends, so imports cut short by a shutdown are queued again at the
 * next start and resume as {@code ingest} does: what was committed is skipped, the rest is read.
 */
final class Imports implements Closeable {

    enum State { QUEUED, RUNNING, DONE, FAILED }

    private static final String PENDING = ".pending";
    private static final String FOLDER = ".folder";

    /** One import: what it reads, and its progress (updated from the ingest threads). */
    static final class Job implements IngestProgress {
        final String id;
        final String label;
        final List<Path> paths;
        final Path dir;
        final Instant created = Instant.now();
        volatile State state = State.QUEUED;
        volatile String error;
        volatile long startNanos;
        volatile long endNanos;
        final AtomicInteger files = new AtomicInteger();
        final AtomicInteger filesDone = new AtomicInteger();
        final AtomicLong pages = new AtomicLong();
        final Map<FileOutcome, AtomicInteger> outcomes = new java.util.EnumMap<>(FileOutcome.class);
        volatile List<FailedFile> quarantine = List.of();

        Job(String id, String label, List<Path> paths, Path dir) {
            this.id = id;
            this.label = label;
            this.paths = List.copyOf(paths);
            this.dir = dir;
            for (FileOutcome outcome : FileOutcome.values()) {
                outcomes.put(outcome, new AtomicInteger());
            }
        }

        @Override
        public void started(int count, long bytes) {
            files.set(count);
        }

        @Override
        public void fileDone(Path file, FileOutcome outcome, int filePages) {
            outcomes.get(outcome).incrementAndGet();
            pages.addAndGet(filePages);
            filesDone.incrementAndGet();
        }

        /** The job as the API and the page show it. */
        Map<String, Object> status() {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("id", id);
            status.put("label", label);
            status.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
            status.put("created", created.toString());
            status.put("files", files.get());
            status.put("files_done", filesDone.get());
            status.put("pages", pages.get());
            for (FileOutcome outcome : FileOutcome.values()) {
                status.put(outcome.name().toLowerCase(java.util.Locale.ROOT), outcomes.get(outcome).get());
            }
            double seconds = startNanos == 0 ? 0 : ((endNanos == 0 ? System.nanoTime() : endNanos) - startNanos) / 1e9;
            double rate = seconds > 0 ? filesDone.get() / seconds : 0;
            status.put("seconds", Math.round(seconds * 10) / 10.0);
            status.put("files_per_second", Math.round(rate * 100) / 100.0);
            status.put("pages_per_second", seconds > 0 ? Math.round(pages.get() / seconds * 10) / 10.0 : 0);
            status.put("eta_seconds", state == State.RUNNING && rate > 0
                    ? Math.round((files.get() - filesDone.get()) / rate) : null);
            status.put("quarantine", quarantine.stream().map(f -> Map.of("file", f.file().getFileName().toString(),
                    "reason", reason(f))).toList());
            status.put("error", error);
            return status;
        }
    }

    /** A quarantine reason without the server's folders: the report names the file itself. */
    static String reason(FailedFile failed) {
        String line = failed.reason().lines().findFirst().orElse("");
        String prefix = failed.file() + ": ";
        return line.startsWith(prefix) ? line.substring(prefix.length()) : line;
    }

    private final RecordStore store;
    private final RecordReader reader;
    private final IngestSettings settings;
    private final Path uploads;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "jixiao-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>());
    private final AtomicInteger sequence = new AtomicInteger();

    Imports(RecordStore store, RecordReader reader, IngestSettings settings, Path uploads) {
        this.store = store;
        this.reader = reader;
        this.settings = settings;
        this.uploads = uploads;
    }

    /** Queues again the imports a shutdown cut short. */
    void resumePending() throws IOException {
        if (!Files.isDirectory(uploads)) {
            return;
        }
        List<Path> pending;
        try (Stream<Path> dirs = Files.list(uploads)) {
            pending = dirs.filter(dir -> Files.exists(dir.resolve(PENDING))).sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
        for (Path dir : pending) {
            Path folder = dir.resolve(FOLDER);
            List<Path> paths = Files.exists(folder)
                    ? List.of(Path.of(Files.readString(folder, StandardCharsets.UTF_8).strip())) : List.of(dir);
            enqueue(new Job(dir.getFileName().toString(), "续：" + (Files.exists(folder) ? paths.get(0) : "上传"), paths, dir));
        }
    }

    /** A file of an upload: its name as the browser gave it, and its content. */
    record Upload(String name, InputStream content) {
    }

    Job upload(List<Upload> files) throws IOException {
        Path dir = newJobDir();
        Files.createFile(dir.resolve(PENDING));
        List<String> names = new ArrayList<>();
        for (Upload file : files) {
            String name = unique(dir, safeName(file.name()));
            try (InputStream in = file.content()) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            names.add(name);
        }
        String label = names.size() == 1 ? names.get(0) : names.get(0) + " 等 " + names.size() + " 个文件";
        return enqueue(new Job(dir.getFileName().toString(), label, List.of(dir), dir));
    }

    Job folder(Path folder) throws IOException {
        Path dir = newJobDir();
        Files.writeString(dir.resolve(FOLDER), folder.toString(), StandardCharsets.UTF_8);
        Files.createFile(dir.resolve(PENDING));
        return enqueue(new Job(dir.getFileName().toString(), folder.toString(), List.of(folder), dir));
    }

    List<Job> jobs() {
        synchronized (jobs) {
            List<Job> all = new ArrayList<>(jobs.values());
            Collections.reverse(all);
            return all;
        }
    }

    Job job(String id) {
        return jobs.get(id);
    }

    private Path newJobDir() throws IOException {
        String id = String.format("%s-%03d", java.time.LocalDateTime.now().format(
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")), sequence.incrementAndGet() % 1000);
        Path dir = uploads.resolve(id);
        Files.createDirectories(dir);
        return dir;
    }

    /** The last part of a name as the browser sent it, without anything that could leave the folder or hide the file. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        while (base.startsWith(".")) {
            base = base.substring(1);
        }
        return base.isEmpty() ? "upload" : base.length() > 150 ? base.substring(base.length() - 150) : base;
    }

    private static String unique(Path dir, String name) {
        String candidate = name;
        for (int i = 2; Files.exists(dir.resolve(candidate)); i++) {
            candidate = i + "-" + name;
        }
        return candidate;
    }

    private Job enqueue(Job job) {
        jobs.put(job.id, job);
        worker.submit(() -> run(job));
        return job;
    }

    private void run(Job job) {
        job.state = State.RUNNING;
        job.startNanos = System.nanoTime();
        try {
            List<Path> files = BulkIngester.listFiles(job.paths);
            IngestSummary summary = new BulkIngester(store, reader, settings, job).run(files);
            job.quarantine = summary.failed();
            job.state = State.DONE;
            Files.deleteIfExists(job.dir.resolve(PENDING));
        } catch (IOException | RuntimeException e) {
            job.error = e.getMessage() == null ? e.toString() : e.getMessage();
            job.state = State.FAILED;
        } finally {
            job.endNanos = System.nanoTime();
        }
    }

    /** Stops the running import; what it committed stays and its marker makes the next start resume it. */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
