package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.Glyph;
import org.jixiao.ingest.TextNormalizer;

/**
 * Repairs, character by character, what OCR typically misreads in performance forms, using what
 * the forms contain. Each repair needs evidence; a line keeps the confidence of its weakest
 * character (a repaired character keeps its own, usually low, confidence), so the values repaired
 * stay marked as doubtful. Doubt between two forms of one character (full- and half-width
 * brackets) is no doubt.
 * <ul>
 *   <li>Signs: a target is written sign + number + unit, and the forms write ≥ and ≤ far more often
 *       than &gt; and &lt;. A look-alike ({@code <} {@code 《} {@code 〈}) read before a digit becomes ≤ when the
 *       recogniser gave ≤ a fair share of its probability; ≥ likewise, and a 2 opening the line with ≥ as
 *       runner-up (a scanned ≥64个 read as 264个). A true {@code <} leaves ≤ no share, a true 2 leaves ≥ none.</li>
 *   <li>Digits in figures: O, o, D, 〇, ○ that continue a figure (2O21, 1OO) become 0; l, I, |, 丨 become 1.
 *       A run touching a Latin letter is a word (CO2, IT), not a figure, and is left alone, and so is an
 *       index code (D111 before a word); a lone O in
 *       a cell is a zero; a dash that opens a line before an ideograph is 一 (一级指标).</li>
 *   <li>Units: a character before 元 in a unit statement (单位：方元) that makes no unit becomes the unit
 *       its runners-up offer (万).</li>
 *   <li>Separators: a figure with two or more separators, groups of three between them and three or two
 *       digits after the last, is a figure with thousands separators (and decimals); dots read for commas
 *       (1.234.567.00) and a semicolon read for a comma (19,400;300.00) are put right (1,234,567.00, 19,400,300.00).
 *       Commas alone are left as read: 3,000,00 is a figure
 *       that lost a digit as often as one whose point was read as a comma.</li>
 * </ul>
 * Thread-safe.
 */
final class OcrTextRepair {

    /** The signs targets are written with, and what OCR reads them as. */
    private static final Map<String, Set<String>> SIGN_LOOK_ALIKES = Map.of(
            "≤", Set.of("<", "《", "〈"),
            "≥", Set.of(">", "》", "〉"));
    private static final Map<Character, Character> DIGIT_LOOK_ALIKES = Map.of(
            'O', '0', 'o', '0', 'D', '0', '〇', '0', '○', '0',
            'l', '1', 'I', '1', '|', '1', '丨', '1');
    /** A look-alike opens a figure when this many digits follow it; a single digit may follow a stray letter. */
    private static final int MIN_DIGITS_OPENED = 3;
    /** An index code has at most this many digits after its letter (D1111); a telephone number more. */
    private static final int MAX_INDEX_DIGITS = 4;
    /** What 一 (one) is read as when it opens a line. */
    private static final String DASHES = "-—–－";
    /** A whole reading that is a single one of these is a zero in a figure cell. */
    private static final Set<String> LONE_ZEROS = Set.of("O", "o", "〇", "○");
    /** What stands before 元 in a unit statement: 万元, 亿元, 千元. */
    private static final Set<String> UNIT_PREFIXES = Set.of("万", "亿", "千");
    /** A unit among a character's runners-up is taken from this probability on: the statement's closed set is the evidence. */
    private static final float MIN_UNIT_RUNNER_UP = 0.01f;
    /** A figure in thousands groups, its separators read as commas, points or semicolons (a comma's tail lost). */
    private static final Pattern GROUPED_FIGURE = Pattern.compile("(?<![\\d.,;])\\d{1,3}(?:[.,;]\\d{3})+(?:[.,;]\\d{2})?(?![\\d.,;])");

    /**
     * A line's repaired text, the confidence of its weakest character, and its characters with the
     * recogniser's candidates (empty when a repair changed the text's length).
     */
    record Repaired(String text, float confidence, List<Glyph> glyphs) {
    }

    private final OcrSettings.Repair settings;
    private final TextNormalizer normalizer;

    OcrTextRepair(OcrSettings.Repair settings, TextNormalizer normalizer) {
        this.settings = settings;
        this.normalizer = normalizer;
    }

    Repaired repair(Recognition recognition) {
        List<String> chars = new ArrayList<>();
        List<List<Glyph.Candidate>> candidates = new ArrayList<>();
        float confidence = 1f;
        List<RecognizedChar> read = recognition.chars();
        for (int i = 0; i < read.size(); i++) {
            RecognizedChar c = read.get(i);
            candidates.add(candidates(c));
            if (c.text().isEmpty()) {
                chars.add(""); // a place the recogniser left unread: no text, no say in the line's confidence
                continue;
            }
            String next = i + 1 < read.size() ? normalizer.normalize(read.get(i + 1).text()) : "";
            boolean beforeDigit = !next.isEmpty() && Character.isDigit(next.charAt(0));
            chars.add(beforeDigit ? sign(c, i == 0) : normalizer.normalize(c.text()));
            confidence = Math.min(confidence, confidence(c));
        }
        unitStatement(read, chars);
        String joined = String.join("", chars);
        String text = joined.strip();
        if (LONE_ZEROS.contains(text)) {
            text = "0";
        } else {
            if (text.length() > 1 && DASHES.indexOf(text.charAt(0)) >= 0 && isIdeograph(text.codePointAt(1))) {
                text = "一" + text.substring(1); // 一级指标, 一次性: no line of a form opens with a dash before a word
            }
            text = separators(digits(text));
        }
        int leadingSpace = joined.length() - joined.stripLeading().length();
        return new Repaired(text, confidence, glyphs(chars, candidates, leadingSpace, text));
    }

    /**
     * A unit statement (单位：万元) names a unit of a closed set: a character before 元 there that makes
     * none (方元) is the unit its runners-up offer (万, 0.06 against 方's 0.94).
     */
    private void unitStatement(List<RecognizedChar> read, List<String> chars) {
        for (int i = 0; i + 3 < chars.size(); i++) {
            if (!chars.get(i).equals("单") || !chars.get(i + 1).equals("位")) {
                continue;
            }
            int prefix = chars.get(i + 2).equals(":") ? i + 3 : i + 2;
            if (prefix + 1 >= chars.size() || !chars.get(prefix + 1).equals("元") || UNIT_PREFIXES.contains(chars.get(prefix))) {
                continue;
            }
            for (Glyph.Candidate runnerUp : read.get(prefix).runnersUp()) {
                if (runnerUp.probability() >= MIN_UNIT_RUNNER_UP && UNIT_PREFIXES.contains(normalizer.normalize(runnerUp.text()))) {
                    chars.set(prefix, normalizer.normalize(runnerUp.text()));
                    break;
                }
            }
        }
    }

    /** The recogniser's candidates for one character, normalised, the one read first. */
    private List<Glyph.Candidate> candidates(RecognizedChar c) {
        List<Glyph.Candidate> all = new ArrayList<>(c.runnersUp().size() + 1);
        all.add(new Glyph.Candidate(normalizer.normalize(c.text()), c.confidence()));
        for (Glyph.Candidate runnerUp : c.runnersUp()) {
            all.add(new Glyph.Candidate(runnerUp.text().isEmpty() ? "" : normalizer.normalize(runnerUp.text()),
                    runnerUp.probability()));
        }
        return all;
    }

    /**
     * The characters of the repaired text with their candidates: the repairs replace characters one for
     * one, so each read character keeps its place ({@code start} is where the stripped text begins in
     * the unstripped one); a text of another length keeps no glyphs.
     */
    private static List<Glyph> glyphs(List<String> chars, List<List<Glyph.Candidate>> candidates, int start, String text) {
        List<Glyph> glyphs = new ArrayList<>(chars.size());
        int offset = 0;
        for (int i = 0; i < chars.size(); i++) {
            int from = offset - start;
            int to = from + chars.get(i).length();
            offset += chars.get(i).length();
            boolean unreadPlaceAtTheEnd = chars.get(i).isEmpty() && from == text.length();
            if (to <= 0 || from >= text.length() && !unreadPlaceAtTheEnd) {
                continue; // stripped space
            }
            if (from < 0 || to > text.length()) {
                return List.of();
            }
            glyphs.add(new Glyph(text.substring(from, to), candidates.get(i)));
        }
        StringBuilder made = new StringBuilder();
        glyphs.forEach(g -> made.append(g.text()));
        return made.toString().equals(text) ? glyphs : List.of();
    }

    /**
     * How sure the recogniser is of the character as normalised: torn between （ and ( it is sure of
     * the character all the same, since both normalise to (.
     */
    private float confidence(RecognizedChar c) {
        boolean sameCharacter = !c.alternative().isEmpty()
                && normalizer.normalize(c.alternative()).equals(normalizer.normalize(c.text()));
        return Math.min(1f, sameCharacter ? c.confidence() + c.alternativeConfidence() : c.confidence());
    }

    /**
     * The sign the forms use where the recogniser read one of its look-alikes and hesitated towards
     * the sign or another of its look-alikes: a plain {@code <} is read with no such hesitation.
     */
    private String sign(RecognizedChar c, boolean opensLine) {
        String read = normalizer.normalize(c.text());
        String alternative = normalizer.normalize(c.alternative());
        boolean hesitant = c.alternativeConfidence() >= settings.minAlternativeShare() * c.confidence();
        if (opensLine && read.equals("2") && alternative.equals("≥") && hesitant) {
            return "≥"; // a scanned ≥ opening a target read as 2 (264个 for ≥64个); a true 2 leaves ≥ no share
        }
        for (Map.Entry<String, Set<String>> sign : SIGN_LOOK_ALIKES.entrySet()) {
            Set<String> lookAlikes = sign.getValue();
            boolean towardsSign = alternative.equals(sign.getKey())
                    || (lookAlikes.contains(alternative) && !alternative.equals(read));
            if (lookAlikes.contains(read) && towardsSign && hesitant) {
                return sign.getKey();
            }
        }
        return read;
    }

    /**
     * Digit look-alikes that continue a figure (follow a digit) or open one (before a separator, as in
     * O.5, or before several digits, as in a telephone number's leading 0) become digits, except in
     * runs that touch a Latin letter.
     */
    static String digits(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            if (!isDigitLike(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && (isDigitLike(text.charAt(end)) || isSeparatorInFigure(text, end))) {
                end++;
            }
            boolean word = (i > 0 && isLatinLetter(text.charAt(i - 1))) || (end < text.length() && isLatinLetter(text.charAt(end)));
            for (int k = i; k < end && !word; k++) {
                Character digit = DIGIT_LOOK_ALIKES.get(out.charAt(k));
                boolean continues = k > i && isFigureChar(out.charAt(k - 1));
                boolean opens = k == i && (k + 2 < end && isSeparator(out.charAt(k + 1))
                        || end - k > MIN_DIGITS_OPENED && !isIndexCode(text, k, end));
                if (digit != null && (continues || opens)) {
                    out.setCharAt(k, digit);
                }
            }
            i = end;
        }
        return out.toString();
    }

    /**
     * A capital letter before a few digits and a word is an index code (D111服务能力提升情况 of an
     * evaluation's indicator system), not a figure whose 0 was read as D.
     */
    private static boolean isIndexCode(String text, int letter, int end) {
        return Character.isUpperCase(text.charAt(letter)) && end - letter - 1 <= MAX_INDEX_DIGITS
                && end < text.length() && isIdeograph(text.codePointAt(end));
    }

    private static boolean isFigureChar(char c) {
        return (c >= '0' && c <= '9') || isSeparator(c);
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == ',';
    }

    private static boolean isDigitLike(char c) {
        return (c >= '0' && c <= '9') || DIGIT_LOOK_ALIKES.containsKey(c);
    }

    private static boolean isSeparatorInFigure(String text, int i) {
        char c = text.charAt(i);
        return isSeparator(text.charAt(i)) && i + 1 < text.length() && isDigitLike(text.charAt(i + 1));
    }

    private static boolean isIdeograph(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Figures with thousands groups get commas between the groups and a point before the decimals. */
    static String separators(String text) {
        Matcher matcher = GROUPED_FIGURE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String figure = matcher.group();
            String[] groups = figure.split("[.,;]");
            String beforeLast = figure.substring(0, figure.length() - groups[groups.length - 1].length() - 1);
            boolean misreadComma = beforeLast.contains(".") || figure.contains(";");
            if (groups.length < 3 || !misreadComma) {
                matcher.appendReplacement(out, figure);
                continue;
            }
            boolean decimals = groups[groups.length - 1].length() == 2;
            StringBuilder fixed = new StringBuilder(groups[0]);
            for (int g = 1; g < groups.length; g++) {
                fixed.append(decimals && g == groups.length - 1 ? '.' : ',').append(groups[g]);
            }
            matcher.appendReplacement(out, fixed.toString());
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
