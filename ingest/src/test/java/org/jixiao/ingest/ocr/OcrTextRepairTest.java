package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrTextRepairTest {

    private final OcrTextRepair repair = new OcrTextRepair(OcrSettings.Repair.DEFAULT, TextNormalizer.standard());

    /** A reading of certain characters, the first one read as given with a runner-up. */
    private static Recognition read(RecognizedChar first, String rest) {
        List<RecognizedChar> chars = new ArrayList<>();
        chars.add(first);
        rest.codePoints().forEach(cp -> chars.add(RecognizedChar.certain(Character.toString(cp))));
        return new Recognition(chars);
    }

    private static Recognition read(String text) {
        List<RecognizedChar> chars = new ArrayList<>();
        text.codePoints().forEach(cp -> chars.add(RecognizedChar.certain(Character.toString(cp))));
        return new Recognition(chars);
    }

    private String repaired(String text) {
        return repair.repair(read(text)).text();
    }

    // probabilities as the PP-OCRv4 model gave them on the corpus scans
    @Test
    void aLessThanReadWithLessOrEqualAsRunnerUpIsLessOrEqual() {
        OcrTextRepair.Repaired result = repair.repair(read(new RecognizedChar("<", 0.47f, "≤", 0.34f), "20万元"));
        assertEquals("≤20万元", result.text());
        assertEquals(0.47f, result.confidence(), "the repaired sign keeps its low confidence");
    }

    @Test
    void hesitationBetweenTwoLookAlikesOfLessOrEqualIsLessOrEqual() {
        assertEquals("≤11个月", repair.repair(read(new RecognizedChar("<", 0.60f, "《", 0.20f), "11个月")).text());
        assertEquals("≤14.9万元", repair.repair(read(new RecognizedChar("《", 0.36f, "≤", 0.35f), "14.9万元")).text());
        assertEquals("≥90%", repair.repair(read(new RecognizedChar(">", 0.50f, "≥", 0.40f), "90%")).text());
    }

    @Test
    void aTwoOpeningATargetWithGreaterOrEqualAsRunnerUpIsTheSign() {
        // measured on scans: ≥64个 read as 264个 with ≥ at 0.21 against 0.71, ≥89% as 289% with 0.43 against 0.47
        assertEquals("≥64个", repair.repair(read(new RecognizedChar("2", 0.71f, "≥", 0.21f), "64个")).text());
        assertEquals("≥89%", repair.repair(read(new RecognizedChar("2", 0.47f, "≥", 0.43f), "89%")).text());
        assertEquals("293.59", repair.repair(read(new RecognizedChar("2", 1.0f, "1", 0.0f), "93.59")).text());
        assertEquals("28年", repair.repair(read(new RecognizedChar("2", 0.97f, "≥", 0.02f), "8年")).text(),
                "a 2 the recogniser barely doubted stays");
    }

    @Test
    void aConfidentLessThanStays() {
        // a true "<" leaves its full-width twin as runner-up and ≤ nothing
        assertEquals("<5%", repair.repair(read(new RecognizedChar("<", 0.96f, "＜", 0.03f), "5%")).text());
        assertEquals("<5%", repair.repair(read(new RecognizedChar("<", 0.90f, "≤", 0.05f), "5%")).text());
        assertEquals("<=20%", repair.repair(read(new RecognizedChar("<", 0.57f, "≤", 0.36f), "=20%")).text(),
                "a sign not followed by a digit is left alone");
    }

    @Test
    void aBookTitleBracketIsNoSign() {
        assertEquals("《山西省》", repair.repair(read(new RecognizedChar("《", 0.60f, "≤", 0.30f), "山西省》")).text());
    }

    @Test
    void fullWidthSignsAndPercentAreNormalised() {
        assertEquals(">=90%", repaired("＞=90％"));
    }

    @ParameterizedTest
    @CsvSource({
            "2O21-01-01, 2021-01-01",
            "1OO%, 100%",
            "3l.5, 31.5",
            "1丨0, 110",
            "O.5万元, 0.5万元",
            "D350333896, 0350333896",
            "D111服务能力提升情况, D111服务能力提升情况",
            "D1111长效管理, D1111长效管理",
            "O, 0",
            "o, 0",
            "正常o2、在, 正常o2、在",
            "CO2排放, CO2排放",
            "IT环境, IT环境",
            "Internet网站, Internet网站",
            "2OO0个, 2000个",
            "18291500.0○, 18291500.00",
            "-级指标, 一级指标",
            "—次性项目, 一次性项目",
            "系统-运维, 系统-运维",
            "-5%, -5%"})
    void digitLookAlikesInFiguresBecomeDigits(String read, String expected) {
        assertEquals(expected, repaired(read));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.234.567.00|1,234,567.00",
            "23.157.700|23,157,700",
            "1,000,000|1,000,000",
            "1,316,006,97|1,316,006,97",
            "3,000,00|3,000,00",
            "1.316.006,97|1,316,006.97",
            "合计1.000.000.00元|合计1,000,000.00元",
            "1.000|1.000",
            "1,000,0|1,000,0",
            "2021.01.01|2021.01.01",
            "31.04|31.04",
            "19,400;300.00|19,400,300.00",
            "1;270;700|1,270,700",
            "19,400,300;00|19,400,300.00",
            "400;300|400;300",
            "第1;2项|第1;2项"})
    void thousandsSeparatorsReadAsDotsArePutRight(String read, String expected) {
        assertEquals(expected, repaired(read));
    }

    @Test
    void aUnitStatementNamesAUnitItsRunnersUpOffer() {
        assertEquals("单位:万元", repair.repair(unitStatement("方", "万", 0.056f)).text());
        // a unit read as one stays; nothing offered, or offered with next to no probability, stays as read
        assertEquals("单位:元", repair.repair(new Recognition(List.of(new RecognizedChar("单", 0.99f, "", 0f),
                new RecognizedChar("位", 0.99f, "", 0f), new RecognizedChar("：", 0.99f, "", 0f),
                new RecognizedChar("元", 0.99f, "万", 0.3f)))).text());
        assertEquals("单位:方元", repair.repair(unitStatement("方", "防", 0.056f)).text());
        assertEquals("单位:方元", repair.repair(unitStatement("方", "万", 0.005f)).text());
    }

    private static Recognition unitStatement(String read, String runnerUp, float probability) {
        return new Recognition(List.of(new RecognizedChar("单", 0.99f, "", 0f), new RecognizedChar("位", 0.99f, "", 0f),
                new RecognizedChar("：", 0.99f, "", 0f), new RecognizedChar(read, 1f - probability, runnerUp, probability),
                new RecognizedChar("元", 0.99f, "", 0f)));
    }

    @Test
    void doubtBetweenTwoFormsOfOneCharacterIsNoDoubt() {
        Recognition reading = new Recognition(List.of(new RecognizedChar("（", 0.55f, "(", 0.44f),
                new RecognizedChar("元", 0.99f, "", 0f), new RecognizedChar(")", 0.6f, "）", 0.39f)));
        OcrTextRepair.Repaired repaired = repair.repair(reading);
        assertEquals("(元)", repaired.text());
        assertEquals(0.99f, repaired.confidence(), 1e-6);
    }

    @Test
    void confidenceIsTheWeakestCharacters() {
        Recognition reading = new Recognition(List.of(new RecognizedChar("9", 0.99f, "", 0f),
                new RecognizedChar("0", 0.61f, "o", 0.3f), new RecognizedChar("%", 0.95f, "", 0f)));
        assertEquals(0.61f, repair.repair(reading).confidence());
        assertEquals(1f, repair.repair(new Recognition(List.of())).confidence());
    }

    @Test
    void theRepairedTextKeepsEachCharactersCandidatesInPlace() {
        List<RecognizedChar> chars = new ArrayList<>();
        chars.add(RecognizedChar.certain(" "));
        chars.add(new RecognizedChar("<", 0.47f, "≤", 0.34f));
        chars.add(RecognizedChar.certain("2"));
        chars.add(new RecognizedChar("O", 0.6f, "0", 0.3f));
        chars.add(new RecognizedChar("峻", 0.55f, "竣", 0.30f));
        OcrTextRepair.Repaired result = repair.repair(new Recognition(chars));
        assertEquals("≤20峻", result.text());
        assertEquals(List.of("≤", "2", "0", "峻"), result.glyphs().stream().map(org.jixiao.ingest.Glyph::text).toList());
        assertEquals(0.34f, result.glyphs().get(0).probabilityOf("≤"), "the sign repaired keeps what the recogniser gave it");
        assertEquals(0.30f, result.glyphs().get(3).probabilityOf("竣"));
        assertEquals(List.of("竣"), result.glyphs().get(3).runnersUp().stream().map(c -> c.text()).toList());
    }
}
