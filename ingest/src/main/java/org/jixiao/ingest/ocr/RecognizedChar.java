package org.jixiao.ingest.ocr;

import java.util.List;
import org.jixiao.ingest.Glyph;

/**
 * One character read by the recogniser, with the characters it thought next most likely: look-alikes
 * such as {@code <} and {@code ≤} are told apart later by what the domain expects.
 *
 * @param text       the character
 * @param confidence the model's probability for it, in [0, 1]
 * @param runnersUp  the next most likely characters at the same place, most likely first; the empty
 *                   string stands for "no character" (the CTC blank)
 */
public record RecognizedChar(String text, float confidence, List<Glyph.Candidate> runnersUp) {

    public RecognizedChar {
        runnersUp = List.copyOf(runnersUp);
    }

    /** A character with a single runner-up. */
    public RecognizedChar(String text, float confidence, String alternative, float alternativeConfidence) {
        this(text, confidence, List.of(new Glyph.Candidate(alternative, alternativeConfidence)));
    }

    public static RecognizedChar certain(String text) {
        return new RecognizedChar(text, 1f, List.of());
    }

    /** The runner-up, or the empty string when there is none or it was "no character". */
    public String alternative() {
        return runnersUp.isEmpty() ? "" : runnersUp.get(0).text();
    }

    public float alternativeConfidence() {
        return runnersUp.isEmpty() ? 0f : runnersUp.get(0).probability();
    }
}
