package org.jixiao.index.bulk;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * @param outcomes how many files ended each way
 * @param pages    pages of the files stored
 * @param failed   the quarantine report, in file order
 */
public record IngestSummary(int files, Map<FileOutcome, Integer> outcomes, long pages, List<FailedFile> failed,
                            Duration elapsed) {

    public IngestSummary {
        outcomes = Map.copyOf(outcomes);
        failed = List.copyOf(failed);
    }

    public int count(FileOutcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }
}
