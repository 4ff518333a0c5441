package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.FloatBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CTC decoding on score matrices written out by hand: blank is class 0, the alphabet's characters 1…n. */
class LineRecognizerTest {

    private static final List<String> ALPHABET = List.of("修", "缮", "文", "物", "建", "筑", "鳝", "甲", "乙", "丙", "丁", "戊");

    private final LineRecognizer recognizer = new LineRecognizer(null, ALPHABET, 48, 96);

    /** One step per entry: a character read for certain, "_" a sure blank, or "?" a blank that hesitated over 缮 and 鳝. */
    private Recognition decode(String... steps) {
        int classes = ALPHABET.size() + 1;
        FloatBuffer scores = FloatBuffer.allocate(steps.length * classes);
        for (int t = 0; t < steps.length; t++) {
            float[] step = new float[classes];
            switch (steps[t]) {
                case "_" -> step[0] = 0.99f;
                case "!" -> { // a hard hesitation: 鳝 and 缮 nearly as likely as the blank
                    step[0] = 0.47f;
                    step[ALPHABET.indexOf("鳝") + 1] = 0.32f;
                    step[ALPHABET.indexOf("缮") + 1] = 0.01f;
                }
                case "~" -> { // 鳝 read with the blank second, five look-alikes, then 缮
                    step[ALPHABET.indexOf("鳝") + 1] = 0.48f;
                    step[0] = 0.43f;
                    for (String other : List.of("甲", "乙", "丙", "丁", "戊")) {
                        step[ALPHABET.indexOf(other) + 1] = 0.01f;
                    }
                    step[ALPHABET.indexOf("缮") + 1] = 0.004f;
                }
                case "?" -> {
                    step[0] = 0.86f;
                    step[ALPHABET.indexOf("鳝") + 1] = 0.012f;
                    step[ALPHABET.indexOf("缮") + 1] = 0.010f;
                }
                default -> step[ALPHABET.indexOf(steps[t]) + 1] = 0.99f;
            }
            scores.put(step);
        }
        scores.rewind();
        return recognizer.decode(scores, steps.length, classes);
    }

    @Test
    void aPlaceTheLineSpacingLeavesForAnUnreadCharacterIsKeptWithWhatWasConsideredThere() {
        Recognition read = decode("修", "_", "_", "?", "_", "_", "_", "_", "文", "_", "_", "_", "物", "_", "_", "_", "建", "_", "_", "_", "筑");
        assertEquals("修文物建筑", read.text());
        assertEquals(6, read.chars().size());
        RecognizedChar place = read.chars().get(1);
        assertEquals("", place.text());
        assertEquals(List.of("鳝", "缮"), place.runnersUp().stream().map(c -> c.text()).toList());
    }

    @Test
    void noPlaceWhereTheBlanksAreSureOrTheSpacingIsEven() {
        assertEquals(5, decode("修", "_", "_", "_", "_", "_", "_", "_", "文", "_", "_", "_", "物", "_", "_", "_", "建", "_", "_", "_", "筑")
                .chars().size());
        assertEquals(5, decode("修", "_", "?", "_", "文", "_", "_", "_", "物", "_", "_", "_", "建", "_", "_", "_", "筑").chars().size());
    }

    @Test
    void aHardHesitationAfterTheLastCharacterIsAPlaceToo() {
        Recognition read = decode("文", "_", "_", "_", "物", "_", "_", "_", "建", "_", "_", "_", "修", "_", "_", "_", "_", "!", "_");
        assertEquals(5, read.chars().size());
        assertEquals("", read.chars().get(4).text());
        // a line's own end leaves sure blanks, or a mild hesitation
        assertEquals(4, decode("文", "_", "_", "_", "物", "_", "_", "_", "建", "_", "_", "_", "修", "_", "_", "_", "_", "?", "_")
                .chars().size());
    }

    @Test
    void aCharacterReadWithTheBlankSecondKeepsWhatWasConsideredFurtherDown() {
        RecognizedChar read = decode("修", "_", "_", "_", "~", "_", "_", "_", "文").chars().get(1);
        assertEquals("鳝", read.text());
        assertEquals(List.of("", "甲", "乙", "丙", "丁", "戊", "缮"), read.runnersUp().stream().map(c -> c.text()).toList());
    }
}
