package org.jixiao.extract.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one extracted document compares with its truth.
 *
 * @param document   the document's file name
 * @param scanned    whether the truth says its text comes from OCR (scans are held to lower thresholds)
 * @param scores     each scored field's counts
 * @param metadata   each document-level value beside the truth's
 * @param mismatches the keys of the scored fields that the two do not share
 * @param projectsNotExtracted the truth's project names (as printed) that no extracted project bears
 * @param projectsNotInTruth   the extracted project names that no project of the truth bears
 */
public record DocumentEvaluation(String document, boolean scanned, Map<ScoredField, FieldScore> scores,
                                 Map<MetadataField, MetadataCheck> metadata, List<Mismatch> mismatches,
                                 List<String> projectsNotExtracted, List<String> projectsNotInTruth) {

    public DocumentEvaluation {
        projectsNotExtracted = List.copyOf(projectsNotExtracted);
        projectsNotInTruth = List.copyOf(projectsNotInTruth);
        scores = Collections.unmodifiableMap(new EnumMap<>(scores));
        metadata = Collections.unmodifiableMap(new EnumMap<>(metadata));
        mismatches = List.copyOf(mismatches);
    }

    public FieldScore score(ScoredField field) {
        return scores.getOrDefault(field, FieldScore.EMPTY);
    }

    public boolean exact(MetadataField field) {
        MetadataCheck check = metadata.get(field);
        return check != null && check.exact();
    }

    public boolean allExact(Set<MetadataField> fields) {
        return fields.stream().allMatch(this::exact);
    }
}
