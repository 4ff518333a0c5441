package org.jixiao.ingest;

import java.util.List;

/**
 * One character of an OCR reading with what the recogniser thought it might be: the character as it
 * stands in the element's text, and the recogniser's best candidates at that place with their
 * probabilities, best first (normalised like the text; the empty string is "no character"). Later
 * stages that know what a place may hold (a column of signs, a word of the vocabulary) choose among
 * the candidates instead of taking the best path.
 *
 * @param text       the character as it stands in the text (after the OCR route's own repairs)
 * @param candidates the recogniser's candidates, best first; the one read is among them unless a repair
 *                   replaced it
 */
public record Glyph(String text, List<Candidate> candidates) {

    /** A character the recogniser considered, and the probability it gave it. */
    public record Candidate(String text, float probability) {
    }

    public Glyph {
        candidates = List.copyOf(candidates);
    }

    /** The probability the recogniser gave this character here; 0 when it was not among the candidates. */
    public float probabilityOf(String character) {
        float sum = 0f;
        for (Candidate candidate : candidates) {
            if (candidate.text().equals(character)) {
                sum += candidate.probability(); // twins (（ and () normalise to one character: their shares add up
            }
        }
        return Math.min(1f, sum);
    }

    /** The candidates other than the character that stands in the text, best first. */
    public List<Candidate> runnersUp() {
        return candidates.stream().filter(c -> !c.text().equals(text)).toList();
    }
}
