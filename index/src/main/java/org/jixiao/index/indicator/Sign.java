package org.jixiao.index.indicator;

/** The comparison a target sets: the actual value must be ≥, >, ≤, < or = the number. */
public enum Sign {
    GE("≥"),
    GT(">"),
    LE("≤"),
    LT("<"),
    EQ("="),
    /** A bare figure ({@code 100%}): the form does not say which way it binds. */
    UNSTATED("");

    private final String symbol;

    Sign(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The sign a {@link #symbol()} stands for; {@link #UNSTATED} for anything else. */
    public static Sign fromSymbol(String symbol) {
        for (Sign sign : values()) {
            if (sign.symbol.equals(symbol)) {
                return sign;
            }
        }
        return UNSTATED;
    }
}
