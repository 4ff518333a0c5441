package org.jixiao.extract;

import org.jixiao.extract.check.RuleEngine;
import org.jixiao.ingest.AutoDetectLoader;

/** The standard wiring of the stages. */
public final class Pipelines {

    private Pipelines() {
    }

    public static Pipeline standard() {
        return new Pipeline(new AutoDetectLoader(), new PerformanceExtractor(), RuleEngine.standard());
    }
}
