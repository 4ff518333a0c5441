package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import org.jixiao.ingest.AutoDetectLoader;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.SourceDocument;
import org.jixiao.ingest.TextElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The route with the real PP-OCRv4 models on a sample scan: a 300-dpi bilevel TIFF of two declaration
 * forms, read on all cores by one shared engine. The extraction scores of all scans are the
 * evaluation's business (CorpusThresholdsTest); this checks what the page model carries.
 */
class PaddleOcrRouteTest {

    private static SourceDocument tiff;

    @BeforeAll
    static void load() throws Exception {
        tiff = new AutoDetectLoader().load(Corpus.file("shanghai-2021-targets-p1-2.scan.tif"), LoadOptions.DEFAULT);
    }

    private static List<String> texts(Page page) {
        return page.text().stream().map(TextElement::text).toList();
    }

    @Test
    void readsTheCellsOfAScannedForm() {
        assertEquals(List.of(1, 2), tiff.ocrPages());
        List<String> first = texts(tiff.pages().get(0));
        for (String cell : List.of("项目名称", "上海市医疗保障局", "上海市医疗保险事业管理中心", "23157700.00", "23157700",
                "2021-01-01", "招聘人员完成率", ">=90%", "<=15个工作日", "来电人员满意度")) {
            assertTrue(first.contains(cell), cell + " not among " + first);
        }
        assertTrue(texts(tiff.pages().get(1)).contains("≥1000人"), texts(tiff.pages().get(1)).toString());
    }

    @Test
    void theRecognisersStepsFollowFromTheLineWidth() throws Exception {
        // the scores are written into a buffer sized before the model runs: its shape must be the model's own
        PaddleOcrModels models = PaddleOcrModels.get();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        for (int width = 1; width <= 420; width += width < 80 ? 1 : 13) {
            try (OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.allocate(3 * 48 * width),
                         new long[] {1, 3, 48, width});
                 OrtSession.Result result = models.recognition.run(
                         Map.of(models.recognition.getInputNames().iterator().next(), input))) {
                long[] shape = ((OnnxTensor) result.get(0)).getInfo().getShape();
                assertEquals(LineRecognizer.steps(width), shape[1], "steps of a line " + width + " pixels wide");
                assertEquals(models.alphabet.size() + 1, shape[2], "classes: the blank and the alphabet");
            }
        }
    }

    @Test
    void recoversTheFormsRulings() {
        for (Page page : tiff.pages()) {
            long horizontal = page.rulings().stream().filter(r -> r.isHorizontal()).count();
            long vertical = page.rulings().size() - horizontal;
            assertTrue(horizontal >= 20 && vertical >= 5, page.number() + ": " + horizontal + " x " + vertical);
        }
    }

    @Test
    void keepsTheRecognisersConfidence() {
        List<TextElement> text = tiff.pages().get(0).text();
        assertTrue(text.stream().allMatch(e -> e.confidence() > 0 && e.confidence() <= 1));
        assertTrue(text.stream().filter(e -> e.confidence() > 0.9).count() > text.size() * 0.8,
                "most of a clean scan is read with confidence");
    }
}
