package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The committed models are the ones ingest/tools/ocr-model/make_models.py makes and its README
 * lists: a model changed by hand, or regenerated without updating the README, fails here.
 */
class OcrModelFilesTest {

    @ParameterizedTest
    @CsvSource({
        "org/jixiao/ingest/ocr/ppocrv4-det-cpu-int8w.onnx, 3af898602d8b3023d7a231326b196f48897b5091151e24c61ff5c085b531ec1f",
        "org/jixiao/ingest/ocr/ppocrv4-rec-cpu-int8w.onnx, 471ebb078a51d7c7e70b999d6b2fb5982fd950590d0cb036d8f5ab25308568e9"})
    void theModelIsTheDocumentedOne(String resource, String sha256) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            assertEquals(sha256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
        }
    }
}
