package org.jixiao.ingest.ocr;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.ingest.AutoDetectLoader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.SourceDocument;

/**
 * Measures the OCR route on scanned samples: pages per second per core, and peak memory.
 * <pre>java -cp cli/target/jixiao.jar org.jixiao.ingest.ocr.OcrBenchmark corpus-samples</pre>
 * A directory stands for its documents (truth files left out); those without a page that needs OCR
 * are listed but left out of the totals. Throughput per core is OCR pages over the CPU seconds the
 * process spent loading those files, so it holds on a busy machine; wall-clock figures are beside it.
 * <p>{@code --passes N} reads the files N times in the same JVM. The first pass is what a one-shot
 * command pays (the JIT compiles PDFBox, ImageIO and the page pipeline as it goes); the later ones are
 * what a long run such as {@code jixiao ingest} of an archive settles at.
 */
public final class OcrBenchmark {

    private OcrBenchmark() {
    }

    public static void main(String[] args) throws IOException, IngestException, OcrException {
        List<Path> files = new ArrayList<>();
        int passes = 1;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--passes") && i + 1 < args.length) {
                passes = Integer.parseInt(args[++i]);
            } else {
                files.addAll(documents(Path.of(args[i])));
            }
        }
        if (files.isEmpty() || passes < 1) {
            System.err.println("usage: OcrBenchmark [--passes N] FILE-OR-DIRECTORY...");
            System.exit(2);
        }
        run(files, passes, System.out);
    }

    static List<Path> documents(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> listing = Files.list(path)) {
            // the files of the directory itself, not of its subdirectories (corpus-samples/variations)
            return listing.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    static void run(List<Path> files, int passes, PrintStream out) throws IngestException, OcrException {
        int cores = OcrWorkers.threads();
        long loadStart = System.nanoTime();
        PaddleOcrModels.get();
        out.printf("models loaded in %.1f s; %d cores; OCR at %.0f dpi, detection at %.0f dpi%n",
                (System.nanoTime() - loadStart) / 1e9, cores, OcrSettings.DEFAULT.renderDpi(),
                OcrSettings.DEFAULT.detection().dpi());
        AutoDetectLoader loader = new AutoDetectLoader();
        for (int pass = 1; pass <= passes; pass++) {
            if (passes > 1) {
                out.printf("pass %d of %d%s%n", pass, passes, pass == 1 ? " (as a one-shot command: the JIT compiles as it goes)" : "");
            }
            runPass(loader, files, cores, out);
        }
        out.printf("peak memory: Java heap %d MiB, process resident %s%n", peakHeapMiB(), peakResident());
    }

    private static void runPass(AutoDetectLoader loader, List<Path> files, int cores, PrintStream out) throws IngestException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int totalPages = 0;
        double totalCpu = 0;
        double totalWall = 0;
        for (Path file : files) {
            long cpuStart = os.getProcessCpuTime();
            long wallStart = System.nanoTime();
            SourceDocument document = loader.load(file, LoadOptions.DEFAULT);
            double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            double wall = (System.nanoTime() - wallStart) / 1e9;
            int pages = document.ocrPages().size();
            if (pages == 0) {
                out.printf("%-50s no OCR%n", file.getFileName());
                continue;
            }
            totalPages += pages;
            totalCpu += cpu;
            totalWall += wall;
            out.printf("%-50s %3d OCR pages  %6.1f s CPU  %6.1f s wall  %.2f pages/s per core%n",
                    file.getFileName(), pages, cpu, wall, pages / cpu);
        }
        out.printf("total: %d OCR pages, %.1f s CPU, %.2f pages/s per core (CPU time), %.2f pages/s on %d cores (wall clock)%n",
                totalPages, totalCpu, totalPages / totalCpu, totalPages / totalWall, cores);
    }

    private static long peakHeapMiB() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }

    /** The kernel's high-water mark of the process's resident memory, heap and native (the models) alike. */
    private static String peakResident() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kib = Long.parseLong(line.replaceAll("\\D", ""));
                    return (kib >> 10) + " MiB";
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: the heap figure stands alone
        }
        return "unknown";
    }
}
