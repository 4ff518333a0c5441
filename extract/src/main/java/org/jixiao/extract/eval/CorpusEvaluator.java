package org.jixiao.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jixiao.extract.Pipeline;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.LoadOptions;

/**
 * Runs a pipeline over every sample of a directory and scores it: a sample is a document
 * {@code X.<ext>} (PDF, Office file, image) with its truth {@code X.truth.json} beside it, or a truth
 * that points at its document elsewhere: its {@code source.path} is a relative path with a folder
 * ({@code ../shared/realworld-forms/X.xlsx}), resolved from the truth's folder or the nearest of its
 * parents where it exists, so that documents that may not be copied into the project are scored
 * where they are. A pointer whose document is absent (a checkout without them) is skipped and said so;
 * one whose document is another ({@link DocumentIdentity}) is a failure.
 */
public final class CorpusEvaluator {

    public static final String TRUTH_SUFFIX = ".truth.json";

    private final Pipeline pipeline;
    private final LoadOptions options;
    private final RecordScorer scorer;

    public CorpusEvaluator(Pipeline pipeline, LoadOptions options, RecordScorer scorer) {
        this.pipeline = pipeline;
        this.options = options;
        this.scorer = scorer;
    }

    /** A document and the truth it is scored against. */
    public record Sample(Path document, Path truth) {
    }

    /**
     * What a directory holds: the samples to score, the pointer truths whose document is absent
     * (skipped), and the truths that cannot be paired (failures).
     */
    public record Listing(List<Sample> samples, List<EvaluationFailure> skipped, List<EvaluationFailure> failures) {

        public Listing {
            samples = List.copyOf(samples);
            skipped = List.copyOf(skipped);
            failures = List.copyOf(failures);
        }
    }

    /**
     * Scores every sample; a sample that fails is reported and the rest go on.
     *
     * @throws IOException when the directory cannot be listed
     */
    public CorpusEvaluation evaluate(Path directory) throws IOException {
        return evaluate(directory, (index, count, sample) -> { });
    }

    /** Hears which sample is read next: a corpus with scans takes minutes. */
    @FunctionalInterface
    public interface Progress {
        /** @param index 0-based index of the sample about to be read, of {@code count} */
        void starting(int index, int count, Sample sample);
    }

    /** {@link #evaluate(Path)}, telling {@code progress} before each sample. */
    public CorpusEvaluation evaluate(Path directory, Progress progress) throws IOException {
        List<DocumentEvaluation> documents = new ArrayList<>();
        Listing listing = list(directory);
        List<EvaluationFailure> failures = new ArrayList<>();
        List<Sample> samples = listing.samples();
        for (int i = 0; i < samples.size(); i++) {
            Sample sample = samples.get(i);
            progress.starting(i, samples.size(), sample);
            try {
                documents.add(evaluate(sample));
            } catch (SampleException e) {
                failures.add(new EvaluationFailure(e.file().toString(), e.getMessage()));
            }
        }
        failures.addAll(listing.failures());
        return new CorpusEvaluation(directory.toString(), documents, failures, listing.skipped());
    }

    /** Scores one sample. */
    public DocumentEvaluation evaluate(Sample sample) throws SampleException {
        DocumentRecord truth = readTruth(sample.truth());
        DocumentRecord extracted;
        try {
            extracted = pipeline.run(sample.document(), options).record();
        } catch (IngestException e) {
            throw new SampleException(sample.document(), e.getMessage(), e);
        } catch (RuntimeException e) {
            // an extractor bug: report it with where it happened and score the other samples
            StackTraceElement[] trace = e.getStackTrace();
            throw new SampleException(sample.document(), sample.document() + ": extraction failed: " + e
                    + (trace.length == 0 ? "" : " at " + trace[0]), e);
        }
        return scorer.score(sample.document().getFileName().toString(), truth, extracted);
    }

    /** Reads a truth file: a record in the contract's JSON. */
    public static DocumentRecord readTruth(Path truth) throws SampleException {
        try {
            return RecordJson.mapper().readValue(truth.toFile(), DocumentRecord.class);
        } catch (IOException e) {
            throw new SampleException(truth, truth + ": not a readable record: " + e.getMessage(), e);
        }
    }

    /** The samples of a directory (not its subdirectories), in file-name order; pointers after them. */
    public static List<Sample> samples(Path directory) throws IOException {
        return list(directory).samples();
    }

    /** The samples of a directory, and the truths that are skipped or cannot be paired. */
    public static Listing list(Path directory) throws IOException {
        List<Sample> samples = new ArrayList<>();
        Set<Path> truthsUsed = new TreeSet<>();
        for (Path file : files(directory)) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (name.endsWith(TRUTH_SUFFIX) || dot <= 0) {
                continue;
            }
            Path truth = file.resolveSibling(name.substring(0, dot) + TRUTH_SUFFIX);
            if (Files.isRegularFile(truth)) {
                samples.add(new Sample(file, truth));
                truthsUsed.add(truth);
            }
        }
        List<EvaluationFailure> skipped = new ArrayList<>();
        List<EvaluationFailure> failures = new ArrayList<>();
        for (Path truth : files(directory)) {
            if (!truth.getFileName().toString().endsWith(TRUTH_SUFFIX) || truthsUsed.contains(truth)) {
                continue;
            }
            JsonNode source = source(truth);
            String pointer = source.path("path").asText("");
            if (!pointer.contains("/")) {
                failures.add(new EvaluationFailure(truth.toString(), truth + ": no document beside it"));
                continue;
            }
            Path document = resolve(truth.toAbsolutePath().getParent(), pointer);
            if (document == null) {
                skipped.add(new EvaluationFailure(truth.toString(), truth + ": skipped, its document " + pointer
                        + " is not found from " + truth.toAbsolutePath().getParent() + " or its parents"));
            } else {
                String mismatch = DocumentIdentity.mismatch(source.path("sha256").asText(""),
                        source.path("content_sha256").asText(""), document);
                if (mismatch == null) {
                    samples.add(new Sample(document, truth));
                } else {
                    failures.add(new EvaluationFailure(truth.toString(), truth + ": " + mismatch));
                }
            }
        }
        return new Listing(samples, skipped, failures);
    }

    /** The truth's {@code source} object, missing where the truth cannot be parsed. */
    private static JsonNode source(Path truth) {
        try {
            return RecordJson.mapper().readTree(truth.toFile()).path("source");
        } catch (IOException e) {
            return MissingNode.getInstance();   // then it is an unpaired truth, reported as such
        }
    }

    /** The pointer resolved from the folder or the nearest parent where it exists, else null. */
    private static Path resolve(Path folder, String pointer) {
        for (Path from = folder; from != null; from = from.getParent()) {
            Path document = from.resolve(pointer).normalize();
            if (Files.isRegularFile(document)) {
                return document;
            }
        }
        return null;
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /** A sample that cannot be scored; the message names the file. */
    public static final class SampleException extends Exception {

        private final transient Path file;

        SampleException(Path file, String message, Throwable cause) {
            super(message, cause);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }
}
