package io.corroborate.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Helps GraphQL batch resolvers hand one query's rows back to the parents they belong to, in order. */
public final class Batch {

    private Batch() {
    }

    /** The distinct non-null ids of the parents, for an "in" query. */
    public static <P> List<Long> ids(Collection<P> parents, Function<P, Long> id) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        for (P parent : parents) {
            Long value = id.apply(parent);
            if (value != null) {
                ids.add(value);
            }
        }
        return new ArrayList<>(ids);
    }

    /** For each parent, the children whose parent id is the parent's key (to-many). */
    public static <P, C> List<List<C>> children(List<P> parents, Function<P, Long> key,
                                                 Collection<C> children, Function<C, Long> parentOf) {
        Map<Long, List<C>> byParent = new HashMap<>();
        for (C child : children) {
            byParent.computeIfAbsent(parentOf.apply(child), k -> new ArrayList<>()).add(child);
        }
        List<List<C>> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            result.add(byParent.getOrDefault(key.apply(parent), List.of()));
        }
        return result;
    }

    /** For each parent, the one row its reference points at, or null (to-one). */
    public static <P, R> List<R> references(List<P> parents, Function<P, Long> reference,
                                            Collection<R> rows, Function<R, Long> id) {
        Map<Long, R> byId = new HashMap<>();
        for (R row : rows) {
            byId.put(id.apply(row), row);
        }
        List<R> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            Long ref = reference.apply(parent);
            result.add(ref == null ? null : byId.get(ref));
        }
        return result;
    }

    /**
     * For each parent, the targets reached through a link table (many-to-many), in the order of
     * {@code targets}.
     */
    public static <P, L, T> List<List<T>> through(List<P> parents, Function<P, Long> key,
                                                  Collection<L> links, Function<L, Long> linkParent,
                                                  Function<L, Long> linkTarget,
                                                  Collection<T> targets, Function<T, Long> targetId) {
        Map<Long, Set<Long>> targetIdsByParent = new HashMap<>();
        for (L link : links) {
            targetIdsByParent.computeIfAbsent(linkParent.apply(link), k -> new HashSet<>()).add(linkTarget.apply(link));
        }
        List<List<T>> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            Set<Long> wanted = targetIdsByParent.getOrDefault(key.apply(parent), Set.of());
            result.add(targets.stream().filter(t -> wanted.contains(targetId.apply(t))).toList());
        }
        return result;
    }

    /** The rows by a key of theirs (keys are unique). */
    public static <K, T> Map<K, T> index(Collection<T> rows, Function<T, K> key) {
        Map<K, T> index = new HashMap<>();
        for (T row : rows) {
            index.put(key.apply(row), row);
        }
        return index;
    }

    /** For lists of ids (one list per parent), the rows they name, loaded in one query, in the lists' order. */
    public static <T> List<List<T>> named(List<List<String>> keys, Function<List<String>, List<T>> load, Function<T, String> key) {
        Map<String, T> rows = index(load.apply(keys.stream().flatMap(List::stream).distinct().toList()), key);
        return keys.stream().map(k -> k.stream().map(rows::get).toList()).toList();
    }
}
