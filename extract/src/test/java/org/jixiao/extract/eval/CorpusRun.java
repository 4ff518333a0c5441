package org.jixiao.extract.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jixiao.extract.Pipelines;
import org.jixiao.ingest.LoadOptions;

/** The standard pipeline's evaluation of the shared samples, made once for every test of the JVM. */
final class CorpusRun {

    private static CorpusEvaluation evaluation;

    private CorpusRun() {
    }

    static synchronized CorpusEvaluation evaluation() {
        if (evaluation == null) {
            try {
                evaluation = new CorpusEvaluator(Pipelines.standard(), LoadOptions.DEFAULT, new RecordScorer())
                        .evaluate(Corpus.directory());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return evaluation;
    }
}
