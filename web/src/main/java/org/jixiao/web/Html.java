package org.jixiao.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * HTML written by hand, every value through {@link #esc}: text from documents (a project named
 * {@code <script>} in a hostile PDF) is shown as text, never markup.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(8192);

    /** Escapes text for element content and quoted attribute values. */
    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static String url(String value) {
        return URLEncoder.encode(Objects.requireNonNullElse(value, ""), StandardCharsets.UTF_8);
    }

    /** A path with its query, null and blank values left out, keys in the map's order. */
    static String link(String path, Map<String, String> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                query.add(url(key) + "=" + url(value));
            }
        });
        return query.length() == 0 ? path : path + "?" + query;
    }

    /** Markup written as is: only literals and values already escaped. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(Object value) {
        out.append(esc(value));
        return this;
    }

    /** An {@code <a>} whose href and text are escaped. */
    Html a(String href, Object label) {
        out.append("<a href=\"").append(esc(href)).append("\">").append(esc(label)).append("</a>");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
