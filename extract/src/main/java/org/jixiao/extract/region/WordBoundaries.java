package org.jixiao.extract.region;

import java.util.BitSet;

/** Where the words of a Chinese text begin and end: tells a place name from a piece of a longer word. */
public interface WordBoundaries {

    /** The offsets (0 to {@code text.length()}, both included) at which a word begins or ends. */
    BitSet of(String text);
}
