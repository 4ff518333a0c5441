package org.jixiao.index.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.jixiao.index.FieldSpec;
import org.jixiao.index.Filters;
import org.jixiao.index.IndexFields;
import org.jixiao.index.IndexFields.RecordType;
import org.jixiao.index.indicator.IndicatorSynonyms;

/**
 * The store's searches as Solr queries, clause for clause those of the embedded store: Solr analyses the
 * words with the same HanLP analyzer ({@code text_hanlp}), synonyms are expanded here as there. Every
 * value a user typed goes in a request parameter of its own that the query names ({@code v=$p3}), so no
 * user text is ever parsed as query syntax.
 */
final class SolrQueries {

    /** As the embedded store: a row whose own name holds the words in order ranks above the others. */
    private static final String NAME_PHRASE_BOOST = "2";
    /** As the embedded store: a row found through a synonym ranks below one found by the words typed. */
    private static final String SYNONYM_WEIGHT = "0.5";

    private final IndicatorSynonyms synonyms;

    SolrQueries(IndicatorSynonyms synonyms) {
        this.synonyms = synonyms;
    }

    /** A query whose clauses take their values from numbered parameters. */
    static final class Params {
        private final SolrQuery query;
        private int next;

        Params(SolrQuery query) {
            this.query = query;
        }

        /** A parameter holding {@code value}, as {@code $name} for a clause to refer to. */
        String ref(String value) {
            String name = "p" + next++;
            query.set(name, value);
            return "$" + name;
        }

        String term(FieldSpec field, String value) {
            return "{!term f=" + field.name() + " v=" + ref(value) + "}";
        }

        /** The value analysed, as a phrase when it has several words. */
        String phrase(String field, String value) {
            return "{!field f=" + field + " v=" + ref(value) + "}";
        }

        String any(List<String> clauses) {
            return bool(List.of(), clauses);
        }

        String bool(List<String> must, List<String> should) {
            StringBuilder bool = new StringBuilder("{!bool");
            must.forEach(clause -> bool.append(" must=").append(ref(clause)));
            should.forEach(clause -> bool.append(" should=").append(ref(clause)));
            return bool.append('}').toString();
        }

        String boosted(String clause, String boost) {
            return "{!boost b=" + boost + " v=" + ref(clause) + "}";
        }
    }

    /**
     * Restricts to entries of a type that pass the filters, each document counted once: the entries of a
     * copy of another document are left out.
     */
    static void filter(Params params, RecordType type, Filters filters) {
        params.query.addFilterQuery(params.term(IndexFields.TYPE, type.code()));
        params.query.addFilterQuery("-" + IndexFields.COPY.name() + ":true");
        filters.restrictions().forEach((field, value) -> {
            if (field.matchable()) {
                name(params, field, value);
            } else {
                exact(params, field, value);
            }
        });
    }

    static void exact(Params params, FieldSpec field, String value) {
        if (value != null) {
            params.query.addFilterQuery(params.term(field, value));
        }
    }

    /** The exact value, or all of its words in order in the field's analysed copy. */
    private static void name(Params params, FieldSpec field, String value) {
        if (value == null) {
            return;
        }
        List<String> either = new ArrayList<>(List.of(params.term(field, value)));
        if (hasWords(value)) {
            either.add(params.phrase(field.textName(), value));
        }
        params.query.addFilterQuery(params.any(either));
    }

    /**
     * Indicator rows whose names hold each space-separated part of the text as a phrase, or a synonym
     * variant of it (ranked below the words as typed); rows whose own name holds the words rank first.
     * Null when the text has no words.
     */
    String indicatorWords(Params params, String text) {
        String typed = text.strip();
        List<String> variants = new ArrayList<>();
        for (String variant : synonyms.expand(typed)) {
            String query = phrases(params, variant);
            if (query != null) {
                variants.add(variant.equals(typed) ? query : params.boosted(query, SYNONYM_WEIGHT));
            }
        }
        return variants.isEmpty() ? null : params.any(variants);
    }

    private static String phrases(Params params, String variant) {
        List<String> parts = new ArrayList<>();
        for (String part : variant.split("\\s+")) {
            if (hasWords(part)) {
                parts.add(params.phrase(IndexFields.INDICATOR_PATH.name(), part));
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        String ownName = params.boosted(params.phrase(IndexFields.INDICATOR_NAME.textName(), variant), NAME_PHRASE_BOOST);
        return params.bool(parts, List.of(ownName));
    }

    /** Indicator rows whose own (most specific) name is the given one, a synonym, or holds all its words. */
    String indicatorName(Params params, String name) {
        List<String> variants = new ArrayList<>();
        for (String variant : synonyms.expand(name.strip())) {
            variants.add(params.term(IndexFields.INDICATOR_NAME, variant));
            if (hasWords(variant)) {
                variants.add("{!lucene q.op=AND df=" + IndexFields.INDICATOR_NAME.textName() + " v="
                        + params.ref(ClientUtils.escapeQueryChars(variant)) + "}");
            }
        }
        return params.any(variants);
    }

    /** The analyzer keeps only words with a letter or digit: text without one has no words to match. */
    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
