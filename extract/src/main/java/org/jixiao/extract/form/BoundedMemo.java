package org.jixiao.extract.form;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function of label text: labels recur on every page and in every form.
 * Up to a bound, so a long-running process reading many documents keeps its memory; past it, results
 * are worked out again.
 */
final class BoundedMemo<K, V> {

    private final int limit;
    private final Function<K, V> function;
    private final Map<K, V> known = new ConcurrentHashMap<>();

    BoundedMemo(int limit, Function<K, V> function) {
        this.limit = limit;
        this.function = function;
    }

    V get(K key) {
        V value = known.get(key);
        if (value == null) {
            value = function.apply(key);
            if (known.size() < limit) {
                known.put(key, value);
            }
        }
        return value;
    }
}
