package org.jixiao.extract.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Region;

/**
 * Gives a source of funds named by the issuing government's own level ({@code 本级财政}) its kind.
 * 本级 is relative: beside 中央/省级 lines it is the level of the project's department — a province's
 * provincial money, a city's or county's municipal money; on a form that splits no money by level it
 * is simply the project's fiscal money.
 */
public final class OwnLevelFunding {

    private static final Set<FundingKind> LEVELS = Set.of(FundingKind.CENTRAL, FundingKind.PROVINCIAL);

    private final LabelClassifier labels;

    public OwnLevelFunding(LabelClassifier labels) {
        this.labels = labels;
    }

    /** The project with its own-level sources given their kind, {@code department} the region its department names. */
    public ProjectRecord resolve(ProjectRecord project, Region department) {
        List<Funding> funding = project.funding();
        if (funding.stream().noneMatch(this::isOwnLevel)) {
            return project;
        }
        boolean splitByLevel = funding.stream().anyMatch(f -> LEVELS.contains(f.kind()) && !isOwnLevel(f));
        FundingKind kind = !splitByLevel ? FundingKind.FISCAL
                : isProvince(department) ? FundingKind.PROVINCIAL : FundingKind.MUNICIPAL;
        Map<String, Funding> resolved = new LinkedHashMap<>();
        for (Funding f : funding) {
            Funding given = isOwnLevel(f) ? new Funding(f.label(), kind, f.amountYuan(), f.page(), f.printedUnit()) : f;
            resolved.putIfAbsent(ProjectAssembler.figureIdentity(given), given);
        }
        return new ProjectRecord(project.name(), project.department(), project.implementingUnit(), List.copyOf(resolved.values()),
                project.rates(), project.subItems(), project.indicators(), project.evaluation());
    }

    private boolean isOwnLevel(Funding funding) {
        return labels.classifyExact(labels.config().ownLevel(), funding.label()).isPresent();
    }

    /**
     * A department of a province's own government: its name places it in a province and nowhere below,
     * or in a municipality (北京市, whose city is the province itself) and in none of its districts.
     */
    private static boolean isProvince(Region region) {
        return region.province() != null && region.county() == null
                && (region.city() == null || region.city().equals(region.province()));
    }
}
