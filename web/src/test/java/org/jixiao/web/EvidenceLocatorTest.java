package org.jixiao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.extract.model.Finding;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.LoadOptions;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.TextNormalizer;
import org.jixiao.ingest.pdf.PdfLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A finding's figures found again on the first page of the planted self-evaluation (amounts in 元, no decimals). */
class EvidenceLocatorTest {

    static Page page;

    @BeforeAll
    static void read() throws Exception {
        Path file = ServedArchive.sample("planted-selfeval-2022.pdf");
        PdfLoader loader = new PdfLoader(TextNormalizer.standard());
        try (var document = loader.open(file, LoadOptions.DEFAULT)) {
            page = loader.readPage(file, document, 1, LoadOptions.DEFAULT);
        }
    }

    private static final Finding BALANCE = new Finding("balance", Finding.Severity.ERROR,
            "资金到位(合计) 1,750,000.00 − 实际支出(合计) 1,750,000.00 = 0.00，而“资金结余(合计)”为 10,000.00",
            "0.00", "10,000.00", 1, List.of(), null);

    @Test
    void theFigureAndTheRowLabelAreLookedFor() {
        assertEquals(List.of("10000", "10000.00", "资金结余"), EvidenceLocator.needles(BALANCE));
    }

    @Test
    void theyAreOutlinedWherePrinted() {
        List<Box> label = EvidenceLocator.locate(page, List.of("资金结余"));
        assertEquals(1, label.size());
        List<Box> figure = EvidenceLocator.locate(page, List.of("10000"));
        assertTrue(!figure.isEmpty() && figure.size() <= 4, figure.toString());
        // the figure stands in the label's row, to its right
        assertTrue(figure.stream().allMatch(b -> Math.abs(b.centerY() - label.get(0).centerY()) < 4
                && b.x() > label.get(0).maxX()), figure + " vs " + label);
    }

    @Test
    void aNumberIsNotFoundInsideALongerOne() {
        // 1750000 is printed; 75000 and 175 are parts of it, not figures of the page
        assertTrue(EvidenceLocator.locate(page, List.of("75000")).isEmpty());
        assertTrue(!EvidenceLocator.locate(page, List.of("1750000")).isEmpty());
    }
}
