package org.jixiao.extract;

import org.jixiao.extract.check.RuleEngine;
import org.jixiao.extract.form.FiscalSegmenter;
import org.jixiao.extract.form.LabelClassifier;
import org.jixiao.extract.form.LabelConfig;
import org.jixiao.extract.layout.LayoutAnalyzer;
import org.jixiao.extract.region.RegionResolver;
import org.jixiao.ingest.AutoDetectLoader;

/** The standard wiring of the stages. */
public final class Pipelines {

    private Pipelines() {
    }

    public static Pipeline standard() {
        return new Pipeline(new AutoDetectLoader(), new PerformanceExtractor(), RuleEngine.standard());
    }

    /** The standard stages reading labels as a province prints them (see {@code labels.tsv}). */
    public static Pipeline withLabels(LabelConfig labels) {
        PerformanceExtractor extractor = new PerformanceExtractor(new LayoutAnalyzer(),
                new LabelClassifier(labels, FiscalSegmenter.withVocabulary(labels.allVariants())), RegionResolver.standard());
        return new Pipeline(new AutoDetectLoader(), extractor, RuleEngine.standard());
    }
}
