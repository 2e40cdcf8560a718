package io.corroborate.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The slice of an ordered listing a client asks for with Relay's arguments: the first n after a cursor,
 * or the last n before one (optionally between two cursors). Listings read one row more than the page
 * in the direction asked, to know whether more follow, and are ordered by keys encoded in the cursors
 * (keyset paging), so that a page never skips or repeats a row when rows come and go between pages.
 */
public record Window(String listing, int size, boolean backward, long[] after, long[] before) {

    public static Window of(PagingConfig paging, String listing, int keys, Integer first, String after, Integer last, String before) {
        if (first != null && last != null) {
            throw new BadUserInputException("last", "pass either first or last, not both");
        }
        int size = last != null ? paging.size("last", last) : paging.size("first", first);
        return new Window(listing, size, last != null,
                after == null ? null : Cursor.decode(listing, keys, after, "after"),
                before == null ? null : Cursor.decode(listing, keys, before, "before"));
    }

    /** Rows to read: the page and one more. */
    public int limit() {
        return size + 1;
    }

    /**
     * The page from the rows read in the window's direction (nearest the cursor first), in listing order.
     *
     * @param keys         a row's sort keys, for its cursor
     * @param beyondWindow whether rows exist on the other side of the cursor the client passed (only asked for
     *                     when it did pass one)
     */
    public <R, E> Page<E> page(List<R> rows, Function<R, long[]> keys, Function<R, E> node, BooleanSupplier beyondWindow) {
        boolean more = rows.size() > size;
        List<R> kept = new ArrayList<>(rows.subList(0, Math.min(size, rows.size())));
        if (backward) {
            Collections.reverse(kept);
        }
        boolean behind = (backward ? before : after) != null && beyondWindow.getAsBoolean();
        List<Edge<E>> edges = kept.stream().map(r -> new Edge<>(Cursor.encode(listing, keys.apply(r)), node.apply(r))).toList();
        PageInfo info = new PageInfo(backward ? behind : more, backward ? more : behind,
                edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Page<>(edges, info);
    }

    /** A row of a page with its cursor. */
    public record Edge<E>(String cursor, E node) {
    }

    /** A page's rows and where it stands. */
    public record Page<E>(List<Edge<E>> edges, PageInfo pageInfo) {
    }
}
