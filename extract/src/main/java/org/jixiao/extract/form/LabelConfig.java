package org.jixiao.extract.form;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.Rate;

/**
 * The label variants the extractor recognises, read from a tab-separated file
 * ({@code labels.tsv} beside this class is the national default). Immutable.
 */
public record LabelConfig(LabelSet<Field> fields, LabelSet<FundingKind> funding, LabelSet<String> amounts,
                          LabelSet<String> totals, LabelSet<Rate.Kind> rates,
                          LabelSet<IndicatorColumn> indicatorColumns, LabelSet<Indicator.Period> periods,
                          LabelSet<ResultRow> results, LabelSet<String> breakdown, LabelSet<DocType> docTypes,
                          LabelSet<String> ownLevel) {

    /** Form fields read as label → value. */
    public enum Field { PROJECT_NAME, DEPARTMENT, IMPLEMENTING_UNIT, FISCAL_YEAR, COMMISSIONING_BODY, EVALUATOR }

    /** What a column of an indicator table holds. */
    public enum IndicatorColumn { LEVEL1, LEVEL2, LEVEL3, LEVEL4, TARGET, ACTUAL, WEIGHT, SCORE, SIGN, UNIT }

    /** Rows of a score table that state the result. */
    public enum ResultRow { TOTAL_SCORE, GRADE }

    private static final LabelConfig DEFAULT = load(LabelConfig.class.getResourceAsStream("labels.tsv"), "labels.tsv");

    public static LabelConfig standard() {
        return DEFAULT;
    }

    public static LabelConfig load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read label file " + file, e);
        }
    }

    private static LabelConfig load(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("missing label file " + name);
        }
        Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalArgumentException(name + ":" + number + ": expected section<TAB>key<TAB>variants");
                }
                List<String> variants = new ArrayList<>();
                for (String variant : fields[2].split("\\|")) {
                    variants.add(LabelClassifier.normalize(variant));
                }
                sections.computeIfAbsent(fields[0], k -> new LinkedHashMap<>())
                        .computeIfAbsent(fields[1], k -> new ArrayList<>()).addAll(variants);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LabelConfig(
                section(sections, "field", key -> Field.valueOf(key.toUpperCase(Locale.ROOT))),
                section(sections, "funding", key -> FundingKind.valueOf(key.toUpperCase(Locale.ROOT))),
                section(sections, "amount", Function.identity()),
                section(sections, "total", Function.identity()),
                section(sections, "rate", key -> Rate.Kind.valueOf(key.toUpperCase(Locale.ROOT))),
                section(sections, "indicator", key -> IndicatorColumn.valueOf(key.toUpperCase(Locale.ROOT))),
                section(sections, "period", key -> Indicator.Period.valueOf(key.toUpperCase(Locale.ROOT))),
                section(sections, "result", key -> ResultRow.valueOf(key.toUpperCase(Locale.ROOT))),
                section(sections, "breakdown", Function.identity()),
                section(sections, "doctype", DocType::fromCode),
                section(sections, "level", Function.identity()));
    }

    private static <K> LabelSet<K> section(Map<String, Map<String, List<String>>> sections, String name,
                                           Function<String, K> keyOf) {
        Map<K, List<String>> variants = new LinkedHashMap<>();
        sections.getOrDefault(name, Map.of()).forEach((key, list) -> variants.put(keyOf.apply(key), list));
        return new LabelSet<>(variants);
    }

    /** Every variant of every section: the words the segmenter must keep whole. */
    public List<String> allVariants() {
        List<String> all = new ArrayList<>();
        for (LabelSet<?> set : Arrays.asList(fields, funding, amounts, totals, rates, indicatorColumns, periods,
                results, breakdown, docTypes, ownLevel)) {
            all.addAll(set.allVariants());
        }
        return all;
    }
}
