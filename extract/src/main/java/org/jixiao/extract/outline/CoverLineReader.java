package org.jixiao.extract.outline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jixiao.extract.form.FieldReader;
import org.jixiao.extract.form.FieldReader.FieldFact;
import org.jixiao.extract.form.LabelClassifier;
import org.jixiao.extract.form.LabelConfig.Field;
import org.jixiao.extract.form.Position;
import org.jixiao.extract.layout.TextLine;

/**
 * Reads label–value fields printed as lines of text, as report covers and 基本情况 sections print
 * them: {@code 项目名称：乡村道路养护}, {@code 一、项目主管部门：临沂市交通运输局}, several on one line.
 * A label counts only where it opens the line (after a list number) or follows another field's value,
 * and only as one of the configured field variants followed by a colon.
 */
final class CoverLineReader {

    /** A value longer than this is a sentence that happens to follow a colon. */
    private static final int MAX_VALUE_LENGTH = 60;
    private static final Pattern LIST_NUMBER = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[、.．])");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。;；,，、]+$");

    private final Pattern label;
    private final Map<String, Field> fieldOfVariant;

    CoverLineReader(LabelClassifier labels) {
        fieldOfVariant = labels.config().fields().variants().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> Map.entry(v, e.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        String alternatives = fieldOfVariant.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        label = Pattern.compile("(" + alternatives + ")[:：]");
    }

    /** The fields of one line of text, at the line's block. */
    List<FieldFact> read(TextLine line, int block) {
        String text = LIST_NUMBER.matcher(line.text().replaceAll("\\s+", "")).replaceFirst("");
        List<FieldFact> facts = new ArrayList<>();
        Matcher matcher = label.matcher(text);
        if (!matcher.lookingAt()) {
            return facts;
        }
        List<int[]> labels = new ArrayList<>();
        matcher.reset();
        while (matcher.find()) {
            labels.add(new int[] {matcher.start(), matcher.end(), matcher.start(1), matcher.end(1)});
        }
        for (int i = 0; i < labels.size(); i++) {
            int[] at = labels.get(i);
            int valueEnd = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
            Field field = fieldOfVariant.get(text.substring(at[2], at[3]));
            String value = TRAILING_PUNCTUATION.matcher(text.substring(at[1], valueEnd)).replaceFirst("");
            value = FieldReader.clean(field, value);
            if (!value.isEmpty() && value.length() <= MAX_VALUE_LENGTH) {
                facts.add(new FieldFact(field, value, line.page(), new Position(block, 0)));
            }
        }
        return facts;
    }
}
