package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CTC decoding on score matrices written out by hand: blank is class 0, the alphabet's characters 1…n. */
class LineRecognizerTest {

    private static final List<String> ALPHABET = List.of("修", "缮", "文", "物", "建", "筑", "鳝", "甲", "乙", "丙", "丁", "戊");

    private final LineRecognizer recognizer = new LineRecognizer(null, ALPHABET, 48, 96, 160);

    /** One step per entry: a character read for certain, "_" a sure blank, or "?" a blank that hesitated over 缮 and 鳝. */
    private Recognition decode(String... steps) {
        return decode(null, steps);
    }

    /** As {@link #decode(String...)}, with the line's ink under each step ({@code null}: no image). */
    private Recognition decode(int[] inkPerStep, String... steps) {
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
        return recognizer.decode(scores, steps.length, classes, () -> inkPerStep);
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
    void aMildHesitationAfterTheLastCharacterIsAPlaceWhereThereIsInkUnderIt() {
        String[] steps = {"文", "_", "_", "_", "物", "_", "_", "_", "建", "_", "_", "_", "修", "_", "_", "_", "_", "?", "_"};
        // ink of four characters, each spread over three steps; then the one the recogniser hesitated over
        int[] inked = {30, 40, 30, 5, 30, 40, 30, 5, 30, 40, 30, 5, 30, 40, 30, 0, 20, 30, 20};
        Recognition read = decode(inked, steps);
        assertEquals(5, read.chars().size());
        assertEquals("", read.chars().get(4).text());
        assertEquals(List.of("鳝", "缮"), read.chars().get(4).runnersUp().stream().map(c -> c.text()).toList());
        // past the line's end, paper with a speck or two: no place
        int[] paper = {30, 40, 30, 5, 30, 40, 30, 5, 30, 40, 30, 5, 30, 40, 30, 0, 0, 6, 0};
        assertEquals(4, decode(paper, steps).chars().size());
    }

    @Test
    void aCharacterReadWithTheBlankSecondKeepsWhatWasConsideredFurtherDown() {
        RecognizedChar read = decode("修", "_", "_", "_", "~", "_", "_", "_", "文").chars().get(1);
        assertEquals("鳝", read.text());
        assertEquals(List.of("", "甲", "乙", "丙", "丁", "戊", "缮"), read.runnersUp().stream().map(c -> c.text()).toList());
    }

    @Test
    void theModelsInputIsTheLineAtItsHeightInThreeLikePlanesPaddedWithMidGray() {
        BufferedImage image = new BufferedImage(40, 24, BufferedImage.TYPE_BYTE_GRAY);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 40, 24);
        g.setColor(Color.BLACK);
        g.fillRect(10, 6, 20, 12);
        g.dispose();
        GrayImage line = GrayImage.of(image); // 80 × 48 at the model's height, padded to 96
        int width = LineRecognizer.inputWidth(line, 48, 96);
        assertEquals(96, width);
        FloatBuffer input = FloatBuffer.allocate(3 * 48 * width);
        LineRecognizer.writeInput(line, 48, width, input);
        int plane = 48 * width;
        assertEquals(1f, input.get(0), "white paper is 1");
        assertEquals(-1f, input.get(24 * width + 40), "ink is -1");
        assertEquals(0f, input.get(24 * width + 90), "the padding is the mid-gray 0");
        for (int i = 0; i < plane; i++) {
            assertEquals(input.get(i), input.get(plane + i));
            assertEquals(input.get(i), input.get(2 * plane + i));
        }
        assertEquals(80, LineRecognizer.inputWidth(line, 48, 64), "a line wider than the least keeps its scaled width");
    }
}
