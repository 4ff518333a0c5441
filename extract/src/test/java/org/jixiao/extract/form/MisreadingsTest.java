package org.jixiao.extract.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MisreadingsTest {

    @Test
    void oneSlipIsOneCharacterDroppedAddedOrMisread() {
        assertTrue(Misreadings.oneSlipApart("一级指标", "级指标"));
        assertTrue(Misreadings.oneSlipApart("指标值", "指标值."));
        assertTrue(Misreadings.oneSlipApart("项目名称", "项自名称"));
        assertFalse(Misreadings.oneSlipApart("项目名称", "项目名称"));
        assertFalse(Misreadings.oneSlipApart("一级指标", "指标"));
        assertFalse(Misreadings.oneSlipApart("项目名称", "项自名杯"));
        assertFalse(Misreadings.oneSlipApart("分", "值"));
    }

    @Test
    void aDroppedCharacterIsOneOfThoseAccepted() {
        assertTrue(Misreadings.dropsOne("指标值.", "指标值", c -> c == '.'));
        assertFalse(Misreadings.dropsOne("指标值率", "指标值", c -> c == '.'));
        assertFalse(Misreadings.dropsOne("指标值", "指标值", c -> true));
        assertEquals(1, Misreadings.differences("项目名称", "项自名称"));
    }
}
