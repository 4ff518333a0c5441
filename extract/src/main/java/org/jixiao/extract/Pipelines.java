package org.jixiao.extract;

import org.jixiao.extract.check.CheckConfig;
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
        LabelClassifier classifier = classifier(labels);
        PerformanceExtractor extractor = new PerformanceExtractor(new LayoutAnalyzer(), classifier, RegionResolver.standard());
        return new Pipeline(new AutoDetectLoader(), extractor, RuleEngine.standard(CheckConfig.NATIONAL, classifier));
    }

    /** The classifier of a province's labels, its segmenter knowing them as words. */
    public static LabelClassifier classifier(LabelConfig labels) {
        return new LabelClassifier(labels, FiscalSegmenter.withVocabulary(labels.allVariants()));
    }
}
