package org.jixiao.extract.region;

import java.util.List;
import java.util.Optional;

/**
 * The short form by which a province or prefecture is commonly written: 江苏省 → 江苏, 苏州市 → 苏州,
 * 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边, 阿克苏地区 → 阿克苏. Counties get none: their
 * short forms (和平, 长安, 新华) are everyday words.
 */
final class ShortNames {

    private static final List<String> PROVINCE_SUFFIXES = List.of("自治区", "省", "市");
    private static final List<String> PREFECTURE_SUFFIXES = List.of("自治州", "地区", "盟", "市");

    /** China's 55 minority nationalities, as they appear in the names of autonomous areas. */
    private static final List<String> NATIONALITIES = List.of(
            "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
            "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
            "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
            "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
            "鄂伦春", "赫哲", "门巴", "珞巴", "基诺");

    private static final int MIN_LENGTH = 2;

    private ShortNames() {
    }

    static Optional<String> of(Division division) {
        List<String> suffixes = switch (division.level()) {
            case PROVINCE -> PROVINCE_SUFFIXES;
            case PREFECTURE -> PREFECTURE_SUFFIXES;
            case COUNTY -> List.of();
        };
        for (String suffix : suffixes) {
            String name = division.name();
            if (name.endsWith(suffix) && name.length() - suffix.length() >= MIN_LENGTH) {
                String stem = withoutNationalities(name.substring(0, name.length() - suffix.length()));
                return Optional.of(stem);
            }
        }
        return Optional.empty();
    }

    /** 湘西土家族苗族 → 湘西, 博尔塔拉蒙古 → 博尔塔拉; never shorter than two characters (内蒙古 stays). */
    private static String withoutNationalities(String stem) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String nationality : NATIONALITIES) {
                for (String form : List.of(nationality + "族", nationality)) {
                    // a one-character name without 族 (白, 水, 土) is too likely a part of the place name
                    boolean bare = form.equals(nationality) && nationality.length() == 1;
                    if (!bare && stem.endsWith(form) && stem.length() - form.length() >= MIN_LENGTH) {
                        stem = stem.substring(0, stem.length() - form.length());
                        stripped = true;
                    }
                }
            }
        }
        return stem;
    }
}
