package org.jixiao.index.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jixiao.index.FieldSpec;
import org.jixiao.index.FieldType;
import org.jixiao.index.Filters;
import org.jixiao.index.IndexFields;
import org.jixiao.index.IndexFields.RecordType;
import org.jixiao.index.indicator.IndicatorSynonyms;

/** Builds the Lucene queries of the store's searches from its fields and the search-mode analyzer. */
final class Queries {

    /** A row whose own name holds the words in order ranks above one where they are spread over levels. */
    private static final float NAME_PHRASE_BOOST = 2f;
    /** A row found through a synonym ranks below one found by the words typed. */
    private static final float SYNONYM_WEIGHT = 0.5f;

    private final QueryBuilder builder;
    private final IndicatorSynonyms synonyms;

    Queries(Analyzer searchAnalyzer, IndicatorSynonyms synonyms) {
        this.builder = new QueryBuilder(searchAnalyzer);
        this.synonyms = synonyms;
    }

    static Query type(RecordType type) {
        return new TermQuery(new Term(IndexFields.TYPE.name(), type.code()));
    }

    /**
     * Entries of a type that pass the filters (level filters apply to indicators only), each document
     * counted once: the entries of a copy of another document are left out.
     */
    BooleanQuery.Builder filtered(RecordType type, Filters filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(type(type), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.COPY.name(), "true")), Occur.MUST_NOT);
        filters.restrictions().forEach((field, value) -> {
            if (field.matchable()) {
                addName(query, field, value);
            } else if (field.type() == FieldType.INT) {
                query.add(IntPoint.newExactQuery(field.name(), Integer.parseInt(value)), Occur.FILTER);
            } else {
                addExact(query, field, value);
            }
        });
        return query;
    }

    static void addExact(BooleanQuery.Builder query, FieldSpec field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field.name(), value)), Occur.FILTER);
        }
    }

    /** The exact value, or all of its words in order in the field's analysed copy. */
    private void addName(BooleanQuery.Builder query, FieldSpec field, String value) {
        if (value == null) {
            return;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(field.name(), value)), Occur.SHOULD);
        Query words = builder.createPhraseQuery(field.textName(), value);
        if (words != null) {
            either.add(words, Occur.SHOULD);
        }
        query.add(either.build(), Occur.FILTER);
    }

    /**
     * Indicator rows whose names hold each part of the text (parts are separated by spaces) as a
     * phrase — {@code 运行率} finds 系统正常运行率 but not 设备运行维护执行率 — or a synonym variant of it
     * (ranked below the words as typed). Rows whose own name holds the words rank first.
     */
    Query indicatorWords(String text) {
        String typed = text.strip();
        BooleanQuery.Builder anyVariant = new BooleanQuery.Builder();
        for (String variant : synonyms.expand(typed)) {
            Query variantQuery = phrases(variant);
            if (variantQuery != null) {
                anyVariant.add(variant.equals(typed) ? variantQuery : new BoostQuery(variantQuery, SYNONYM_WEIGHT),
                        Occur.SHOULD);
            }
        }
        BooleanQuery query = anyVariant.build();
        return query.clauses().isEmpty() ? new MatchNoDocsQuery("no words in " + text) : query;
    }

    /** Every space-separated part as a phrase in some level; null when the text has no words. */
    private Query phrases(String variant) {
        BooleanQuery.Builder allParts = new BooleanQuery.Builder();
        boolean any = false;
        for (String part : variant.split("\\s+")) {
            Query phrase = builder.createPhraseQuery(IndexFields.INDICATOR_PATH.name(), part);
            if (phrase != null) {
                allParts.add(phrase, Occur.MUST);
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        Query ownName = builder.createPhraseQuery(IndexFields.INDICATOR_NAME.textName(), variant);
        if (ownName != null) {
            allParts.add(new BoostQuery(ownName, NAME_PHRASE_BOOST), Occur.SHOULD);
        }
        return allParts.build();
    }

    /** Indicator rows whose own (most specific) name is the given one, a synonym, or holds all its words. */
    Query indicatorName(String name) {
        BooleanQuery.Builder anyVariant = new BooleanQuery.Builder();
        for (String variant : synonyms.expand(name.strip())) {
            anyVariant.add(new TermQuery(new Term(IndexFields.INDICATOR_NAME.name(), variant)), Occur.SHOULD);
            Query allWords = builder.createBooleanQuery(IndexFields.INDICATOR_NAME.textName(), variant, Occur.MUST);
            if (allWords != null) {
                anyVariant.add(allWords, Occur.SHOULD);
            }
        }
        return anyVariant.build();
    }
}
