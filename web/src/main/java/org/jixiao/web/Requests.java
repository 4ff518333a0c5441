package org.jixiao.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.extract.model.DocType;
import org.jixiao.index.Filters;
import org.jixiao.index.IndicatorQuery;

/** Query parameters read once for the pages and the API alike; bad values are a 400 naming the parameter. */
final class Requests {

    /** The filter parameters, in the order links carry them. */
    static final List<String> FILTER_PARAMS = List.of("province", "city", "county", "year", "department", "doc_type", "level1",
            "level2");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private Requests() {
    }

    /** A parameter's value, stripped; null when absent or blank. */
    static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            value = ctx.formParam(name) == null || !isForm(ctx) ? null : ctx.formParam(name);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/"));
    }

    static Filters filters(Context ctx) {
        String docType = param(ctx, "doc_type");
        if (docType != null) {
            try {
                DocType.fromCode(docType);
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse("doc_type: 未知的文档类型 " + docType);
            }
        }
        return new Filters(param(ctx, "province"), param(ctx, "city"), param(ctx, "county"), integer(ctx, "year", null),
                param(ctx, "department"), docType, param(ctx, "level1"), param(ctx, "level2"));
    }

    /** The filter parameters present, to carry them on in links. */
    static Map<String, String> filterParams(Context ctx) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : FILTER_PARAMS) {
            params.put(name, param(ctx, name));
        }
        return params;
    }

    static Integer integer(Context ctx, String name, Integer fallback) {
        String value = param(ctx, name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + ": 不是整数: " + value);
        }
    }

    /** A non-negative integer no larger than {@code max}. */
    static int bounded(Context ctx, String name, int fallback, int max) {
        int value = integer(ctx, name, fallback);
        if (value < 0 || value > max) {
            throw new BadRequestResponse(name + ": 应在 0 到 " + max + " 之间: " + value);
        }
        return value;
    }

    static IndicatorQuery.Order order(Context ctx) {
        String sort = param(ctx, "sort");
        if (sort == null) {
            return IndicatorQuery.Order.RELEVANCE;
        }
        try {
            return IndicatorQuery.Order.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("sort: 应为 relevance、city、fiscal_year、department 或 project: " + sort);
        }
    }

    /** The {@code {sha256}} path parameter: 64 lower-case hex digits or a 404, never a path. */
    static String sha256(Context ctx) {
        String sha256 = ctx.pathParam("sha256");
        if (!SHA256.matcher(sha256).matches()) {
            throw new NotFoundResponse("文档以 64 位十六进制 SHA-256 标识");
        }
        return sha256;
    }

    static boolean isSha256(String value) {
        return value != null && SHA256.matcher(value).matches();
    }
}
