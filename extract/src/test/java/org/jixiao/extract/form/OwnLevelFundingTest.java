package org.jixiao.extract.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Region;
import org.junit.jupiter.api.Test;

class OwnLevelFundingTest {

    private static final Region PROVINCE = new Region("广西壮族自治区", null, null);
    private static final Region CITY = new Region("河南省", "洛阳市", null);

    private final OwnLevelFunding ownLevel = new OwnLevelFunding(LabelClassifier.standard());

    @Test
    void withoutALevelSplitOwnLevelMoneyIsTheFiscalMoney() {
        ProjectRecord project = project(funding("年度资金总额", FundingKind.ANNUAL, "300"),
                funding("其中:本级财政(年度资金总额)", FundingKind.MUNICIPAL, "200"));
        assertEquals(List.of(FundingKind.ANNUAL, FundingKind.FISCAL), kinds(ownLevel.resolve(project, CITY)));
    }

    @Test
    void besideCentralMoneyItIsTheDepartmentsLevel() {
        ProjectRecord project = project(funding("中央补助资金", FundingKind.CENTRAL, "100"),
                funding("本级财政资金", FundingKind.MUNICIPAL, "200"));
        assertEquals(List.of(FundingKind.CENTRAL, FundingKind.MUNICIPAL), kinds(ownLevel.resolve(project, CITY)));
        assertEquals(List.of(FundingKind.CENTRAL, FundingKind.PROVINCIAL), kinds(ownLevel.resolve(project, PROVINCE)));
    }

    /** A municipality is a province: its own bureaus' 本级 money is provincial, its districts' municipal. */
    @Test
    void aMunicipalitysOwnMoneyIsProvincialItsDistrictsMunicipal() {
        ProjectRecord project = project(funding("中央财政资金", FundingKind.CENTRAL, "100"),
                funding("本级财政资金", FundingKind.MUNICIPAL, "200"));
        assertEquals(List.of(FundingKind.CENTRAL, FundingKind.PROVINCIAL),
                kinds(ownLevel.resolve(project, new Region("北京市", "北京市", null))));
        assertEquals(List.of(FundingKind.CENTRAL, FundingKind.MUNICIPAL),
                kinds(ownLevel.resolve(project, new Region("北京市", "北京市", "朝阳区"))));
    }

    @Test
    void namedLevelsAreLeftAsPrintedAndOneFigureStaysOne() {
        ProjectRecord project = project(funding("财政拨款", FundingKind.FISCAL, "200"),
                funding("本级财政", FundingKind.MUNICIPAL, "200.00"),
                funding("市级财政资金", FundingKind.MUNICIPAL, "50"));
        assertEquals(List.of(FundingKind.FISCAL, FundingKind.MUNICIPAL), kinds(ownLevel.resolve(project, CITY)));
    }

    private static Funding funding(String label, FundingKind kind, String yuan) {
        return new Funding(label, kind, new BigDecimal(yuan), 1);
    }

    private static ProjectRecord project(Funding... funding) {
        return new ProjectRecord("项目", "洛阳市交通运输局", null, List.of(funding), List.of(), List.of(), List.of(), null);
    }

    private static List<FundingKind> kinds(ProjectRecord project) {
        return project.funding().stream().map(Funding::kind).toList();
    }
}
