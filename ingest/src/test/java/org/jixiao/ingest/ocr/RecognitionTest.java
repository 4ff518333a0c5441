package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jixiao.ingest.Glyph;
import org.junit.jupiter.api.Test;

class RecognitionTest {

    @Test
    void aSignReadFromItsStrokesStandsWhereTheRecogniserReadNothingOrWasUnsure() {
        Recognition nothing = new Recognition(List.of());
        assertEquals("≥", nothing.withSign("≥").text());

        Recognition unsure = new Recognition(List.of(new RecognizedChar("B", 0.42f, "3", 0.2f)));
        Recognition signed = unsure.withSign("=");
        assertEquals("=", signed.text());
        assertEquals(List.of(new Glyph.Candidate("B", 0.42f), new Glyph.Candidate("3", 0.2f)), signed.chars().get(0).runnersUp());
    }

    @Test
    void aClearReadingStaysWithTheSignAsItsRunnerUp() {
        Recognition clear = new Recognition(List.of(new RecognizedChar("2", 0.99f, "Z", 0.01f)));
        Recognition signed = clear.withSign("≥");
        assertEquals("2", signed.text());
        assertEquals("≥", signed.chars().get(0).alternative());
        assertEquals(Recognition.SIGN_SHAPE_PROBABILITY, signed.chars().get(0).alternativeConfidence());
    }

    @Test
    void aLineOfSeveralCharactersOrTheSignItselfIsLeftAlone() {
        Recognition line = new Recognition(List.of(RecognizedChar.certain("8"), RecognizedChar.certain("7")));
        assertEquals(line, line.withSign("≥"));
        Recognition same = new Recognition(List.of(new RecognizedChar("≥", 0.3f, List.of())));
        assertEquals(same, same.withSign("≥"));
    }
}
