package org.jixiao.ingest.ocr;

/**
 * One character read by the recogniser, with the character it thought next most likely: look-alikes
 * such as {@code <} and {@code ≤} are told apart later by what the domain expects.
 *
 * @param text                  the character
 * @param confidence            the model's probability for it, in [0, 1]
 * @param alternative           the runner-up character, or the empty string when the runner-up was "no character"
 * @param alternativeConfidence the runner-up's probability
 */
public record RecognizedChar(String text, float confidence, String alternative, float alternativeConfidence) {

    public static RecognizedChar certain(String text) {
        return new RecognizedChar(text, 1f, "", 0f);
    }
}
