package org.jixiao.extract.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.extract.variation.Generated.Plant;
import org.jixiao.ingest.AutoDetectLoader;
import org.jixiao.ingest.SourceDocument;
import org.jixiao.ingest.LoadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator itself: deterministic, every family drawn, findings exactly where errors were planted. */
class VariationCorpusGeneratorTest {

    private static final int DOCUMENTS = 66;

    @Test
    void theSameSeedDrawsTheSameDocuments() {
        VariationCorpus first = new VariationCorpus(8);
        VariationCorpus second = new VariationCorpus(8);
        for (int i = 0; i < DOCUMENTS; i++) {
            VariationCorpus.Draft a = first.draft(i);
            VariationCorpus.Draft b = second.draft(i);
            assertEquals(a.name(), b.name());
            assertEquals(a.generated().projects(), b.generated().projects(), a.name());
            assertEquals(a.generated().plants(), b.generated().plants(), a.name());
            assertEquals(a.generated().region(), b.generated().region(), a.name());
        }
    }

    @Test
    void anotherSeedDrawsOtherDocuments() {
        assertFalse(new VariationCorpus(8).draft(0).generated().projects()
                .equals(new VariationCorpus(9).draft(0).generated().projects()));
    }

    @Test
    void errorsArePlantedInAboutAThirdOfTheDocumentsAndOnlyThere() {
        VariationCorpus corpus = new VariationCorpus(8);
        int planted = 0;
        Set<String> families = new HashSet<>();
        Set<String> rules = new HashSet<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            VariationCorpus.Draft draft = corpus.draft(i);
            families.add(draft.family().id());
            Set<String> found = draft.generated().plants().stream().map(Plant::rule).collect(Collectors.toSet());
            assertEquals(draft.planted(), found, draft.name());
            assertEquals(draft.planted().size(), draft.generated().plants().size(), draft.name());
            for (Plant plant : draft.generated().plants()) {
                assertTrue(draft.generated().projects().stream().map(ProjectRecord::name).anyMatch(plant.project()::equals),
                        draft.name() + ": a planted error of no project");
            }
            planted += draft.planted().isEmpty() ? 0 : 1;
            rules.addAll(found);
        }
        assertEquals(VariationCorpus.FAMILIES.size(), families.size());
        assertTrue(planted > DOCUMENTS / 5 && planted < DOCUMENTS / 2, "planted in " + planted + " of " + DOCUMENTS);
        assertEquals(Set.of("execution_rate", "sum_mismatch", "score_sum", "score_formula", "balance",
                "conflicting_figure", "grade_mismatch"), rules);
    }

    @Test
    void everyProjectHasItsNameDepartmentAndTheThreeIndicatorClasses() {
        VariationCorpus corpus = new VariationCorpus(8);
        for (int i = 0; i < DOCUMENTS; i++) {
            VariationCorpus.Draft draft = corpus.draft(i);
            List<ProjectRecord> projects = draft.generated().projects();
            assertEquals(projects.size(), projects.stream().map(ProjectRecord::name).distinct().count(), draft.name());
            for (ProjectRecord project : projects) {
                assertFalse(project.name().isBlank(), draft.name());
                assertTrue(project.department().startsWith(draft.generated().region().province())
                        || draft.generated().region().city() != null
                        && project.department().contains(Places.shortName(draft.generated().region().city()))
                        || draft.generated().region().county() != null
                        && project.department().contains(draft.generated().region().county()),
                        draft.name() + ": the department " + project.department() + " does not name its region");
            }
        }
    }

    @Test
    void truthsDescribeTheFilesWrittenWithFindingsOnTheirPages(@TempDir Path out) throws Exception {
        assumeTrue(Files.isReadable(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")), "no CJK font");
        List<Path> files = new VariationCorpus(8).write(11, out, false);
        long scans = files.stream().filter(f -> f.getFileName().toString().endsWith(".scan.pdf")).count();
        assertEquals(2 * 11, files.size() - scans, "a PDF and an Office file of every document");
        assertEquals((11 + VariationCorpus.SCAN_EVERY - 1) / VariationCorpus.SCAN_EVERY, scans, "a scan of every fifth");
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path truthFile = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".truth.json");
            DocumentRecord truth = RecordJson.mapper().readValue(truthFile.toFile(), DocumentRecord.class);
            assertEquals(name, truth.source().path());
            assertEquals(AutoDetectLoader.sha256(file), truth.source().sha256());
            for (Finding finding : truth.findings()) {
                assertTrue(finding.page() >= 1 && finding.page() <= truth.source().pages(), name + " " + finding);
            }
            if (name.endsWith(".scan.pdf")) {
                SourceDocument scan = new AutoDetectLoader().load(file, LoadOptions.DEFAULT.withOcr(LoadOptions.OcrMode.NEVER));
                assertEquals(truth.source().pages(), scan.pageCount(), name);
                assertTrue(scan.pages().stream().allMatch(page -> page.text().isEmpty()), name + ": a scan has no text layer");
            }
        }
    }
}
