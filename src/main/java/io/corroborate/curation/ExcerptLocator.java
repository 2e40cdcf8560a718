package io.corroborate.curation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Finds a curator's excerpt in an article text, or the passage that comes closest to it. Offsets are code points. */
public final class ExcerptLocator {

    private ExcerptLocator() {
    }

    /** A passage of the article: its code point offsets and text. */
    public record Passage(int start, int end, String exact) {
    }

    /**
     * @param near a code point offset to prefer when the excerpt occurs more than once, or null for the first
     */
    public static Optional<Passage> find(String article, String exact, Integer near) {
        Passage best = null;
        for (int at = article.indexOf(exact); at >= 0; at = article.indexOf(exact, at + 1)) {
            int start = article.codePointCount(0, at);
            Passage passage = new Passage(start, start + exact.codePointCount(0, exact.length()), exact);
            if (best == null || (near != null && Math.abs(start - near) < Math.abs(best.start() - near))) {
                best = passage;
            }
            if (near == null) {
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The passage of about the excerpt's length, starting at a word, that shares the most letter pairs with it. */
    public static Optional<Passage> closest(String article, String wanted) {
        if (article.isEmpty() || wanted.isBlank()) {
            return Optional.empty();
        }
        Map<String, Integer> target = pairs(wanted);
        int length = Math.min(wanted.length(), article.length());
        double bestScore = -1;
        int bestAt = 0;
        for (int at = 0; at + length <= article.length(); at++) {
            if (at > 0 && Character.isLetterOrDigit(article.charAt(at - 1))) {
                continue;
            }
            double score = dice(target, pairs(article.substring(at, at + length)));
            if (score > bestScore) {
                bestScore = score;
                bestAt = at;
            }
        }
        String exact = article.substring(bestAt, bestAt + length);
        int start = article.codePointCount(0, bestAt);
        return Optional.of(new Passage(start, start + exact.codePointCount(0, exact.length()), exact));
    }

    private static Map<String, Integer> pairs(String text) {
        String lower = text.toLowerCase();
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i + 1 < lower.length(); i++) {
            pairs.merge(lower.substring(i, i + 2), 1, Integer::sum);
        }
        return pairs;
    }

    private static double dice(Map<String, Integer> a, Map<String, Integer> b) {
        int shared = 0;
        int total = 0;
        for (Map.Entry<String, Integer> entry : a.entrySet()) {
            shared += Math.min(entry.getValue(), b.getOrDefault(entry.getKey(), 0));
            total += entry.getValue();
        }
        for (int count : b.values()) {
            total += count;
        }
        return total == 0 ? 0 : 2.0 * shared / total;
    }
}
