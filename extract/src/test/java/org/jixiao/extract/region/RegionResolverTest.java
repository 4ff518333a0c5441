package org.jixiao.extract.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.jixiao.extract.model.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionResolverTest {

    private final RegionResolver resolver = RegionResolver.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // department names of the sample documents
        "苏州市医疗保障局              | 江苏省          | 苏州市              | -",
        "忻州市医疗保障局              | 山西省          | 忻州市              | -",
        "上海市医疗保障局              | 上海市          | 上海市              | -",
        "上海市人力资源和社会保障局     | 上海市          | 上海市              | -",
        // provinces, prefectures, counties
        "江苏省财政厅                 | 江苏省          | -                  | -",
        "江苏省苏州市吴中区财政局       | 江苏省          | 苏州市              | 吴中区",
        "舟山市普陀区财政局            | 浙江省          | 舟山市              | 普陀区",
        "上海市普陀区教育局            | 上海市          | 上海市              | 普陀区",
        "浦东新区卫生健康委员会         | 上海市          | 上海市              | 浦东新区",
        "北京市朝阳区财政局            | 北京市          | 北京市              | 朝阳区",
        "昆山市交通运输局              | 江苏省          | 苏州市              | 昆山市",
        "济源市财政局                 | 河南省          | -                  | 济源市",
        "中山市财政局                 | 广东省          | 中山市              | -",
        "广西壮族自治区财政厅           | 广西壮族自治区   | -                  | -",
        "延边朝鲜族自治州教育局         | 吉林省          | 延边朝鲜族自治州      | -",
        "和县财政局                   | 安徽省          | 马鞍山市            | 和县",
        // short forms
        "苏州医保局                   | 江苏省          | 苏州市              | -",
        "江苏苏州工业园区财政局         | 江苏省          | 苏州市              | 苏州工业园区",
        "广西医疗保障局               | 广西壮族自治区   | -                  | -",
        "内蒙古自治区财政厅            | 内蒙古自治区     | -                  | -",
        "吉林省长春市教育局            | 吉林省          | 长春市              | -",
        "吉林市教育局                 | 吉林省          | 吉林市              | -",
        "吉林医保局                   | 吉林省          | -                  | -",
        // letter-spaced headings
        "苏 州 市 医 疗 保 障 局       | 江苏省          | 苏州市              | -",
    })
    void resolvesDepartmentNames(String department, String province, String city, String county) {
        assertEquals(new Region(province, city, county), resolver.resolve(department));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "普陀区财政局",       // 上海 and 舟山 both have one
        "朝阳区教育局",       // 北京 and 长春
        "鼓楼区财政局",
        "中山大学附属第一医院",  // not 中山市
        "推进现代县域经济发展",  // not 代县
        "城区道路改造项目",     // 城区 is a district of 阳泉, 晋城 and 长治, and a word
        "医疗保障局",
    })
    void findsNoRegionWhereNoneIsNamedUnambiguously(String text) {
        assertEquals(Region.UNKNOWN, resolver.resolve(text));
    }

    @Test
    void findsNoRegionInEmptyOrMissingTexts() {
        assertEquals(Region.UNKNOWN, resolver.resolve());
        assertEquals(Region.UNKNOWN, resolver.resolve("", " ", null));
    }

    @Test
    void anotherTextSettlesAnAmbiguousCounty() {
        assertEquals(new Region("浙江省", "舟山市", "普陀区"),
                resolver.resolve("普陀区财政局", "舟山市2021年度部门预算项目绩效目标"));
        assertEquals(new Region("上海市", "上海市", "普陀区"),
                resolver.resolve("普陀区财政局", "上海市普陀区2021年度项目支出绩效自评报告"));
    }

    @Test
    void theDepartmentOutranksTheTitle() {
        assertEquals(new Region("江苏省", "苏州市", null),
                resolver.resolve("苏州市医疗保障局", "上海市等长三角地区医保一体化项目"));
    }

    @Test
    void theTitleServesWhenTheDepartmentNamesNoPlace() {
        assertEquals(new Region("江苏省", "苏州市", null),
                resolver.resolve("医疗保障局", "2021年度苏州市智慧医保项目绩效目标申报表"));
        assertEquals(new Region("山西省", "忻州市", null),
                resolver.resolve(null, "忻州市2023年度市级部门项目支出绩效目标"));
    }

    @Test
    void agreeingTextsAddDetail() {
        assertEquals(new Region("江苏省", "苏州市", "吴中区"),
                resolver.resolve("吴中区财政局", "江苏省苏州市2021年度项目支出绩效目标"));
    }

    @Test
    void resolvesThousandsOfNamesQuickly() {
        RegionResolver warm = RegionResolver.standard();
        warm.resolve("苏州医保局");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 0; i < 5_000; i++) {
                warm.resolve("苏州市医疗保障局", "2021年度上海市普陀区智慧医保项目绩效目标申报表");
            }
        });
    }

    @Test
    void aPlaceNameReadOneCharacterOffBesideItsRegionsOtherNamesIsRespelled() {
        assertEquals("南充市南部县政务服务数据管理局", resolver.respelled("南允市南部县政务服务数据管理局"));
        assertEquals("四川省南充市南部县信息中心", resolver.respelled("四川省南允市南部县信息中心"));
        // a name spelled right, no region, or a one-off name standing apart from the region's others: as read
        assertEquals("南充市南部县信息中心", resolver.respelled("南充市南部县信息中心"));
        assertEquals("什都市水务局", resolver.respelled("什都市水务局"));
        assertEquals("南部县南允市场监督管理局", resolver.respelled("南部县南允市场监督管理局"), "the level character differs: 市 then 场");
        assertEquals("南部县东允市政服务中心", resolver.respelled("南部县东允市政服务中心"));
        assertEquals(null, resolver.respelled(null));
    }
}
