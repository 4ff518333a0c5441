package org.jixiao.extract.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.jixiao.extract.region.Division.Level;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortNamesTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "江苏省              | PROVINCE   | 江苏",
        "上海市              | PROVINCE   | 上海",
        "广西壮族自治区       | PROVINCE   | 广西",
        "内蒙古自治区         | PROVINCE   | 内蒙古",
        "新疆维吾尔自治区      | PROVINCE   | 新疆",
        "宁夏回族自治区       | PROVINCE   | 宁夏",
        "苏州市              | PREFECTURE | 苏州",
        "阿克苏地区           | PREFECTURE | 阿克苏",
        "锡林郭勒盟           | PREFECTURE | 锡林郭勒",
        "延边朝鲜族自治州      | PREFECTURE | 延边",
        "湘西土家族苗族自治州   | PREFECTURE | 湘西",
        "克孜勒苏柯尔克孜自治州 | PREFECTURE | 克孜勒苏",
        "博尔塔拉蒙古自治州    | PREFECTURE | 博尔塔拉",
        "大理白族自治州       | PREFECTURE | 大理",
    })
    void dropsTheSuffixAndTheNationalities(String name, Level level, String expected) {
        assertEquals(Optional.of(expected), ShortNames.of(new Division("000000", name, null, level)));
    }

    @ParameterizedTest
    @CsvSource({"普陀区", "昆山市", "峨边彝族自治县"})
    void givesCountiesNoShortForm(String name) {
        assertEquals(Optional.empty(), ShortNames.of(new Division("000001", name, "000000", Level.COUNTY)));
    }

    @org.junit.jupiter.api.Test
    void everyShortFormOfTheGazetteerIsAPlainName() {
        for (Division division : Gazetteer.standard().divisions()) {
            ShortNames.of(division).ifPresent(name -> {
                assertTrue(name.length() >= 2, division::toString);
                assertTrue(!name.endsWith("族") && !name.endsWith("自治"), () -> division + " -> " + name);
            });
        }
    }
}
