package org.jixiao.extract.form;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * HanLP word segmentation that knows the fiscal vocabulary: label variants and the terms of the
 * genre ({@code 执行率}, {@code 资金到位率} …) are added to a custom dictionary of its own, so a label is
 * split into the words a reader sees and {@code 子项目名称} never reads as {@code 项目名称}.
 */
public final class FiscalSegmenter {

    /** Terms of the genre that HanLP's general dictionary splits. */
    private static final List<String> FISCAL_TERMS = List.of(
            "执行率", "预算执行率", "覆盖率", "满意度", "资金到位率", "到位率", "完成率", "合格率", "及时率",
            "知晓率", "支出率", "达标率", "使用率", "运行率", "正常运行率", "一级指标", "二级指标", "三级指标",
            "四级指标", "指标值", "年度指标值", "实施期", "上年结转", "单位自筹", "财政拨款", "主管部门", "实施单位",
            "绩效目标", "绩效指标", "产出指标", "效益指标", "满意度指标", "成本指标", "数量指标", "质量指标",
            "时效指标", "社会效益", "经济效益", "生态效益", "可持续影响");

    /**
     * The shipped custom dictionary with the fiscal vocabulary added, private to this segmenter:
     * inserting into HanLP's global one would change how other code in the process segments (the
     * index analyzer, the region resolver) depending on whether extraction ran first.
     */
    private final DynamicCustomDictionary dictionary =
            new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, new BinTrie<>(), CustomDictionary.DEFAULT.path);

    private FiscalSegmenter(Collection<String> vocabulary) {
        for (String term : FISCAL_TERMS) {
            dictionary.insert(term, "nz 1024");
        }
        for (String term : vocabulary) {
            if (term.length() > 1) {
                dictionary.insert(term, "nz 1024");
            }
        }
    }

    private static final class Holder {
        static final FiscalSegmenter INSTANCE = new FiscalSegmenter(LabelConfig.standard().allVariants());
    }

    /** A segmenter that also keeps whole the words of another label file. */
    public static FiscalSegmenter withVocabulary(Collection<String> vocabulary) {
        return new FiscalSegmenter(vocabulary);
    }

    /** The segmenter with the standard label vocabulary; HanLP's dictionaries load on first use. */
    public static FiscalSegmenter standard() {
        return Holder.INSTANCE;
    }

    /**
     * Whether a string is a word of the vocabulary: HanLP's core dictionary, its shipped custom
     * dictionary, the genre's terms and the label variants (used by OCR repair to choose between the
     * recogniser's candidates).
     */
    public boolean knows(String word) {
        return dictionary.contains(word) || CoreDictionary.contains(word);
    }

    /** Labels recur on every page and in every form: their segmentation is remembered, up to a bound. */
    private static final int MEMO_LIMIT = 50_000;
    private final BoundedMemo<String, List<String>> memo = new BoundedMemo<>(MEMO_LIMIT, this::segment);

    public List<String> words(String text) {
        return memo.get(text);
    }

    private List<String> segment(String text) {
        List<String> words = new ArrayList<>();
        // labels name no person: recognising names would load dictionaries of its own and can glue a
        // surname-like character to the word after it
        for (Term term : HanLP.newSegment().enableNameRecognize(false).enableTranslatedNameRecognize(false)
                .enableCustomDictionary(dictionary).seg(text)) {
            words.add(term.word);
        }
        return List.copyOf(words);
    }
}
