package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.Glyph;

/** The characters read from one line image. */
public record Recognition(List<RecognizedChar> chars) {

    /**
     * How sure a sign read from its strokes is: below a clear reading of the recogniser, above what it
     * reads for a lone sign (0.2–0.6), and well above what a column of signs needs to choose it.
     */
    static final float SIGN_SHAPE_PROBABILITY = 0.6f;

    public Recognition {
        chars = List.copyOf(chars);
    }

    /**
     * The reading with {@code sign}, which the strokes of the one glyph read show ({@link SignShape}),
     * among its candidates: as the character where the recogniser read nothing or was less sure of
     * what it read, else as its runner-up. A column of signs then chooses it over a letter.
     */
    Recognition withSign(String sign) {
        if (chars.size() > 1 || text().equals(sign)) {
            return this;
        }
        if (chars.isEmpty()) {
            return new Recognition(List.of(new RecognizedChar(sign, SIGN_SHAPE_PROBABILITY, List.of())));
        }
        RecognizedChar read = chars.get(0);
        List<Glyph.Candidate> others = new ArrayList<>();
        if (read.confidence() < SIGN_SHAPE_PROBABILITY) {
            others.add(new Glyph.Candidate(read.text(), read.confidence()));
            others.addAll(read.runnersUp());
            return new Recognition(List.of(new RecognizedChar(sign, SIGN_SHAPE_PROBABILITY, others)));
        }
        others.add(new Glyph.Candidate(sign, SIGN_SHAPE_PROBABILITY));
        others.addAll(read.runnersUp());
        return new Recognition(List.of(new RecognizedChar(read.text(), read.confidence(), others)));
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        chars.forEach(c -> text.append(c.text()));
        return text.toString();
    }
}
