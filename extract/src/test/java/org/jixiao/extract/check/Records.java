package org.jixiao.extract.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Evaluation;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Rate;
import org.jixiao.extract.model.SubItem;

/** Copies of records with one thing changed, for mutation tests. */
final class Records {

    private Records() {
    }

    static DocumentRecord project(DocumentRecord record, int index, UnaryOperator<ProjectRecord> change) {
        List<ProjectRecord> projects = new ArrayList<>(record.projects());
        projects.set(index, change.apply(projects.get(index)));
        return new DocumentRecord(record.source(), record.docType(), record.region(), record.fiscalYear(), projects,
                record.findings());
    }

    /** The first project with the funding figure of that label set to another amount. */
    static DocumentRecord withAmount(DocumentRecord record, String label, String yuan) {
        return project(record, 0, p -> {
            List<Funding> funding = new ArrayList<>();
            boolean found = false;
            for (Funding f : p.funding()) {
                boolean match = f.label().equals(label);
                found |= match;
                funding.add(match ? new Funding(f.label(), f.kind(), new BigDecimal(yuan), f.page()) : f);
            }
            require(found, label);
            return new ProjectRecord(p.name(), p.department(), p.implementingUnit(), funding, p.rates(), p.subItems(),
                    p.indicators(), p.evaluation());
        });
    }

    static DocumentRecord withFunding(DocumentRecord record, Funding extra) {
        return project(record, 0, p -> {
            List<Funding> funding = new ArrayList<>(p.funding());
            funding.add(extra);
            return new ProjectRecord(p.name(), p.department(), p.implementingUnit(), funding, p.rates(), p.subItems(),
                    p.indicators(), p.evaluation());
        });
    }

    /** The first project with the rate of that label set to another value. */
    static DocumentRecord withRate(DocumentRecord record, String label, String percent) {
        return project(record, 0, p -> {
            List<Rate> rates = new ArrayList<>();
            boolean found = false;
            for (Rate r : p.rates()) {
                boolean match = r.label().equals(label);
                found |= match;
                rates.add(match ? new Rate(r.label(), r.kind(), new BigDecimal(percent), r.page()) : r);
            }
            require(found, label);
            return new ProjectRecord(p.name(), p.department(), p.implementingUnit(), p.funding(), rates, p.subItems(),
                    p.indicators(), p.evaluation());
        });
    }

    static DocumentRecord withExtraRate(DocumentRecord record, Rate extra) {
        return project(record, 0, p -> {
            List<Rate> rates = new ArrayList<>(p.rates());
            rates.add(extra);
            return new ProjectRecord(p.name(), p.department(), p.implementingUnit(), p.funding(), rates, p.subItems(),
                    p.indicators(), p.evaluation());
        });
    }

    static DocumentRecord withSubItemAmounts(DocumentRecord record, String name, Map<FundingKind, BigDecimal> amounts) {
        return project(record, 0, p -> {
            List<SubItem> items = new ArrayList<>();
            for (SubItem s : p.subItems()) {
                items.add(s.name().equals(name) ? new SubItem(s.name(), s.amountYuan(), amounts) : s);
            }
            return new ProjectRecord(p.name(), p.department(), p.implementingUnit(), p.funding(), p.rates(), items,
                    p.indicators(), p.evaluation());
        });
    }

    /** The project's indicators whose deepest level has that name (every period) changed. */
    static DocumentRecord withIndicator(DocumentRecord record, int project, String name, UnaryOperator<Indicator> change) {
        return project(record, project, p -> {
            List<Indicator> indicators = new ArrayList<>();
            boolean found = false;
            for (Indicator i : p.indicators()) {
                boolean match = name.equals(i.deepestLevel());
                found |= match;
                indicators.add(match ? change.apply(i) : i);
            }
            require(found, name);
            return new ProjectRecord(p.name(), p.department(), p.implementingUnit(), p.funding(), p.rates(),
                    p.subItems(), indicators, p.evaluation());
        });
    }

    static Indicator score(Indicator i, String score) {
        return new Indicator(i.level1(), i.level2(), i.level3(), i.level4(), i.target(), i.actual(), i.weight(), score,
                i.period(), i.page(), i.lowConfidence());
    }

    static Indicator weight(Indicator i, String weight) {
        return new Indicator(i.level1(), i.level2(), i.level3(), i.level4(), i.target(), i.actual(), weight, i.score(),
                i.period(), i.page(), i.lowConfidence());
    }

    static Indicator actual(Indicator i, String actual) {
        return new Indicator(i.level1(), i.level2(), i.level3(), i.level4(), i.target(), actual, i.weight(), i.score(),
                i.period(), i.page(), i.lowConfidence());
    }

    static Indicator target(Indicator i, String target) {
        return new Indicator(i.level1(), i.level2(), i.level3(), i.level4(), target, i.actual(), i.weight(), i.score(),
                i.period(), i.page(), i.lowConfidence());
    }

    static Indicator renamed(Indicator i, String level1, String level2, String level3) {
        return new Indicator(level1, level2, level3, i.level4(), i.target(), i.actual(), i.weight(), i.score(),
                i.period(), i.page(), i.lowConfidence());
    }

    /** The record with a copy of its first project appended, renamed, its pages moved on by {@code pages}. */
    static DocumentRecord withCopyOfFirstProject(DocumentRecord record, String name, int pages) {
        ProjectRecord p = record.projects().get(0);
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : p.indicators()) {
            indicators.add(new Indicator(i.level1(), i.level2(), i.level3(), i.level4(), i.target(), i.actual(), i.weight(),
                    i.score(), i.period(), i.page() + pages, i.lowConfidence()));
        }
        List<Funding> funding = new ArrayList<>();
        p.funding().forEach(f -> funding.add(new Funding(f.label(), f.kind(), f.amountYuan(), f.page() + pages)));
        List<ProjectRecord> projects = new ArrayList<>(record.projects());
        projects.add(new ProjectRecord(name, p.department(), p.implementingUnit(), funding, p.rates(), p.subItems(),
                indicators, p.evaluation()));
        return new DocumentRecord(record.source(), record.docType(), record.region(), record.fiscalYear(), projects,
                record.findings());
    }

    static DocumentRecord withEvaluation(DocumentRecord record, Evaluation evaluation) {
        return project(record, 0, p -> new ProjectRecord(p.name(), p.department(), p.implementingUnit(), p.funding(),
                p.rates(), p.subItems(), p.indicators(), evaluation));
    }

    static DocumentRecord withDepartment(DocumentRecord record, String department) {
        return project(record, 0, p -> new ProjectRecord(p.name(), department, p.implementingUnit(), p.funding(),
                p.rates(), p.subItems(), p.indicators(), p.evaluation()));
    }

    private static void require(boolean found, String label) {
        if (!found) {
            throw new IllegalArgumentException("no figure labelled " + label);
        }
    }
}
