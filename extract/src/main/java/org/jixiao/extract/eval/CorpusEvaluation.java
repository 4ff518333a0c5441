package org.jixiao.extract.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The scores of every sample of a directory, and the samples that could not be scored.
 *
 * @param directory the directory evaluated, as given
 * @param skipped   truths whose document is elsewhere and absent here (not failures: a checkout without them)
 */
public record CorpusEvaluation(String directory, List<DocumentEvaluation> documents, List<EvaluationFailure> failures,
        List<EvaluationFailure> skipped) {

    public CorpusEvaluation {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
        skipped = List.copyOf(skipped);
    }

    /** An evaluation where nothing was skipped. */
    public CorpusEvaluation(String directory, List<DocumentEvaluation> documents, List<EvaluationFailure> failures) {
        this(directory, documents, failures, List.of());
    }

    /** Micro-averaged counts of every field over the documents that pass the filter. */
    public Map<ScoredField, FieldScore> overall(Predicate<DocumentEvaluation> filter) {
        Map<ScoredField, FieldScore> totals = new EnumMap<>(ScoredField.class);
        for (ScoredField field : ScoredField.values()) {
            totals.put(field, documents.stream().filter(filter).map(d -> d.score(field))
                    .reduce(FieldScore.EMPTY, FieldScore::plus));
        }
        return Collections.unmodifiableMap(totals);
    }

    /** How many of the documents that pass the filter have this value exactly right. */
    public long exactCount(MetadataField field, Predicate<DocumentEvaluation> filter) {
        return documents.stream().filter(filter).filter(d -> d.exact(field)).count();
    }

    /** Whether some sample could not be scored. */
    public boolean hasFailures() {
        return !failures.isEmpty();
    }
}
