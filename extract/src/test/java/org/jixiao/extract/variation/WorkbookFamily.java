package org.jixiao.extract.variation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.variation.FormData.Agency;
import org.jixiao.extract.variation.FormData.ProjectData;
import org.jixiao.extract.variation.Generated.Plant;
import org.jixiao.extract.variation.Vocabulary.Sector;

/**
 * A department's self-evaluation workbook: two to four projects, each its own 自评表 on its own sheet
 * (its own page in the PDF), each form with its own 项目名称. Errors are planted in one of them.
 */
final class WorkbookFamily implements Family {

    private final SelfEvaluationFormFamily single = new SelfEvaluationFormFamily();

    @Override
    public String id() {
        return "f10-workbook";
    }

    @Override
    public Office office() {
        return Office.XLSX;
    }

    @Override
    public List<String> plantable() {
        return single.plantable();
    }

    @Override
    public Generated build(FormData.Drafts drafts, Set<String> plant) {
        Random random = drafts.random();
        Sector sector = Vocabulary.pick(random, Vocabulary.SECTORS);
        Agency department = drafts.department(drafts.place(), sector);
        int year = 2019 + random.nextInt(6);
        int count = 2 + random.nextInt(3);
        MoneyStyle money = MoneyStyle.draw(random);
        Layout layout = new Layout(random.nextBoolean());
        List<ProjectRecord> projects = new ArrayList<>();
        List<Plant> plants = new ArrayList<>();
        int plantedIn = random.nextInt(count);
        String prefix = Forms.titlePrefix(random, department);
        Grades grades = Grades.draw(random);
        for (ProjectData project : drafts.projects(department, sector, year, true, count)) {
            layout.sheet(DeclarationFamily.sheetName(project, projects.size()));
            projects.add(SelfEvaluationFormFamily.form(random, layout, project, money,
                    projects.size() == plantedIn ? plant : Set.of(), plants, prefix, grades,
                    drafts.percent()));
        }
        return new Generated(layout, DocType.SELF_EVALUATION, department.region(), year, projects, plants);
    }
}
