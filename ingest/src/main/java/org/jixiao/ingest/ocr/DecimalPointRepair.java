package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.ingest.TextElement;

/**
 * Puts back a decimal point OCR lost in a money figure, from the figure's neighbours: a form prints
 * the same amount in several cells (总额 and 年度资金, 财政拨款 and its total), so a figure of bare
 * digits whose digits are exactly those of a figure with decimals on the same page is that figure.
 * The repaired element's confidence is lowered so the value is marked. Thread-safe.
 */
final class DecimalPointRepair {

    private static final Pattern WITH_DECIMALS = Pattern.compile("\\d[\\d,]*\\.\\d{1,6}");
    private static final Pattern BARE_DIGITS = Pattern.compile("\\d[\\d,]*");

    private final OcrSettings.Repair settings;

    DecimalPointRepair(OcrSettings.Repair settings) {
        this.settings = settings;
    }

    List<TextElement> repair(List<TextElement> page) {
        Map<String, String> withDecimals = new HashMap<>();
        for (TextElement element : page) {
            if (WITH_DECIMALS.matcher(element.text()).matches()) {
                withDecimals.putIfAbsent(digitsOf(element.text()), element.text());
            }
        }
        List<TextElement> repaired = new ArrayList<>(page.size());
        for (TextElement element : page) {
            String digits = digitsOf(element.text());
            String figure = withDecimals.get(digits);
            if (figure != null && BARE_DIGITS.matcher(element.text()).matches()
                    && digits.length() >= settings.minMoneyDigits()) {
                repaired.add(new TextElement(figure, element.box(), element.fontSize(),
                        Math.min(element.confidence(), settings.repairedConfidence())));
            } else {
                repaired.add(element);
            }
        }
        return repaired;
    }

    private static String digitsOf(String text) {
        return text.replace(",", "").replace(".", "");
    }
}
