package org.jixiao.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Normalises extracted text so that what looks alike compares alike.
 * <ul>
 *   <li>NFKC: Kangxi radicals (⽬ U+2F6C) become the unified ideograph (目), full-width digits and
 *       signs (１２３，％) become ASCII;</li>
 *   <li>the CJK Radicals Supplement (⻝ U+2EDD), which NFKC leaves alone, mapped by Unicode's
 *       EquivalentUnifiedIdeograph data;</li>
 *   <li>the look-alike signs that PDF fonts map oddly: ≧/≦ become ≥/≤, an ideographic space a space.</li>
 * </ul>
 * Instances are immutable and thread-safe.
 */
public final class TextNormalizer {

    private static final String RADICALS_RESOURCE = "equivalent-unified-ideographs.txt";
    private static final TextNormalizer DEFAULT = new TextNormalizer(loadRadicals());

    private final Map<Integer, Integer> radicals;
    /** The radicals' range: every other code point (nearly all text) is not looked up. */
    private final int firstRadical;
    private final int lastRadical;

    private TextNormalizer(Map<Integer, Integer> radicals) {
        this.radicals = Map.copyOf(radicals);
        this.firstRadical = radicals.keySet().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
        this.lastRadical = radicals.keySet().stream().mapToInt(Integer::intValue).max().orElse(Integer.MIN_VALUE);
    }

    public static TextNormalizer standard() {
        return DEFAULT;
    }

    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            out.appendCodePoint(mapCodePoint(cp));
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private int mapCodePoint(int cp) {
        Integer ideograph = cp >= firstRadical && cp <= lastRadical ? radicals.get(cp) : null;
        if (ideograph != null) {
            return ideograph;
        }
        return switch (cp) {
            case '≧' -> '≥';
            case '≦' -> '≤';
            case '\u3000', '\u00A0' -> ' ';
            default -> cp;
        };
    }

    /** Reads lines {@code 2EDD ; 98DF # ...} (the format of Unicode's EquivalentUnifiedIdeograph.txt). */
    private static Map<Integer, Integer> loadRadicals() {
        Map<Integer, Integer> map = new HashMap<>();
        InputStream in = TextNormalizer.class.getResourceAsStream(RADICALS_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RADICALS_RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf('#');
                String data = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (data.isEmpty()) {
                    continue;
                }
                String[] fields = data.split(";");
                String source = fields[0].trim();
                int target = Integer.parseInt(fields[1].trim(), 16);
                if (source.contains("..")) {
                    String[] range = source.split("\\.\\.");
                    for (int cp = Integer.parseInt(range[0], 16); cp <= Integer.parseInt(range[1], 16); cp++) {
                        map.put(cp, target);
                    }
                } else {
                    map.put(Integer.parseInt(source, 16), target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
