package org.jixiao.extract.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RolePhrasesTest {

    private static final String BODY = "一、项目基本情况\n卫生健康信息化建设项目由江苏省卫生健康委员会主管。\n"
            + "二、资金安排\n卫生健康信息化建设项目年初预算1329.00万元。";

    @Test
    void aTitlesNameTheTextNeverRepeatsIsReadFromItsTwinInTheText() {
        // a stamp over the title: 卫生健康 read as 二生髓事
        String title = "关于二生髓事信息化建设项目绩效自评报告";
        assertEquals(Optional.of("卫生健康信息化建设项目"), RolePhrases.fromTitle(List.of(title), title + "\n" + BODY));
    }

    @Test
    void aSlipBeforeTheNameIsLeftOutWhereTheTextRepeatsTheRest() {
        String body = "普通国省道安全生命防护工程项目由交通运输厅主管。普通国省道安全生命防护工程项目年初预算800万元。";
        assertEquals("普通国省道安全生命防护工程项目", RolePhrases.twinInText("丁普通国省道安全生命防护工程项目", "关丁普通国省道安全生命防护工程项目绩效自评报告" + body));
    }

    @Test
    void aSlipInsideTheNameTakesTheTextsWholeNameNotTheEndAfterTheSlip() {
        // 居 read as 吕: the text repeats 民最低生活保障项目, but as the end of the whole name
        String body = "一、项目基本情况\n城乡居民最低生活保障项目年初预算392.00万元。\n城乡居民最低生活保障项目绩效自评价结果为优。";
        assertEquals("城乡居民最低生活保障项目", RolePhrases.twinInText("城乡吕民最低生活保障项目", "关于城乡吕民最低生活保障项目绩效自评报告" + body));
        assertEquals("数据共享交换平台运维项目", RolePhrases.twinInText("数滘共享交换平台运维项目",
                "数据共享交换平台运维项目年初预算。数据共享交换平台运维项目绩效自评价结果为优。"));
    }

    @Test
    void aNameTheTextRepeatsOrThatHasNoTwinStays() {
        assertEquals("卫生健康信息化建设项目", RolePhrases.twinInText("卫生健康信息化建设项目", BODY));
        // a twin named once is no evidence; nor is one that differs in more than a third of its characters
        assertEquals("卫生保健信息化建设项目", RolePhrases.twinInText("卫生保健信息化建设项目", "卫生健康信息化建设项目由…"));
        assertEquals("公共文化信息化建设项目", RolePhrases.twinInText("公共文化信息化建设项目", BODY));
    }

    @Test
    void aNameOpeningWithAConjunctionTakesTheFrontTheTextGivesIt() {
        // a stamp over the title's first characters: 灌区续建配套 | 与节水改造项目支出绩效自评报告
        String body = "灌区续殖2与节水改造项目支出绩效自评报告\n一、项目基本情况\n综合考虑各因素，灌区续建配套与节水改造项目绩效自评价结果为优。\n"
                + "二、资金安排及使用情况\n灌区续建配套与节水改造项目年初预算1753.00万元。";
        assertEquals(Optional.of("灌区续建配套与节水改造项目"),
                RolePhrases.fromTitle(List.of("灌区续殖", "与节水改造项目支出绩效自评报告"), body));
        // the text must put the same front before two mentions
        assertEquals("与节水改造项目", RolePhrases.twinInText("与节水改造项目", "灌区续建配套与节水改造项目年初预算1753.00万元。"));
    }
}
