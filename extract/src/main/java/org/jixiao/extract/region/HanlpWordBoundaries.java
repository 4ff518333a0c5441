package org.jixiao.extract.region;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.BitSet;

/** Word boundaries from HanLP's dictionary segmenter (中山大学 is one word, 苏州 医保局 two). */
public final class HanlpWordBoundaries implements WordBoundaries {

    @Override
    public BitSet of(String text) {
        BitSet boundaries = new BitSet(text.length() + 1);
        boundaries.set(0);
        int offset = 0;
        // a new segmenter per call: HanLP's segmenters carry settings, its dictionaries are shared. A
        // person's name is no part of a place or an office, and recognising names loads dictionaries of its own.
        for (Term term : HanLP.newSegment().enableNameRecognize(false).enableTranslatedNameRecognize(false).seg(text)) {
            offset += term.word.length();
            boundaries.set(offset);
        }
        if (offset != text.length()) {
            throw new IllegalStateException("segmentation does not cover the text: " + text);
        }
        return boundaries;
    }
}
