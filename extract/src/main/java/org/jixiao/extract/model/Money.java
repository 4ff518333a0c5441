package org.jixiao.extract.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact money as the contract prints it. */
public final class Money {

    private Money() {
    }

    /** 元 with two decimals, as a string: {@code "20323800.00"}. */
    public static String format(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Writes an amount in 元 as a two-decimal string. */
    public static final class Serializer extends JsonSerializer<BigDecimal> {
        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(format(value));
        }
    }

    /** Writes a decimal as a string with the precision it was printed with. */
    public static final class PlainSerializer extends JsonSerializer<BigDecimal> {
        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toPlainString());
        }
    }
}
