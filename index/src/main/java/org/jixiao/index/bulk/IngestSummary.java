package org.jixiao.index.bulk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * @param outcomes how many files ended each way
 * @param pages    pages of the files stored
 * @param failed   the quarantine report, in file order
 * @param skipped  the files that are not documents jixiao reads, in file order, so none is left out unnamed
 * @param unrecognised stored documents in which no performance form was recognised (no project), in file order
 */
public record IngestSummary(int files, Map<FileOutcome, Integer> outcomes, long pages, List<FailedFile> failed,
                            List<Path> skipped, List<Path> unrecognised, Duration elapsed) {

    public IngestSummary {
        outcomes = Map.copyOf(outcomes);
        failed = List.copyOf(failed);
        skipped = List.copyOf(skipped);
        unrecognised = List.copyOf(unrecognised);
    }

    public int count(FileOutcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }
}
