package io.corroborate.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares the words of two quotes after normalising typography (curly and straight quotes, dashes,
 * ellipses, case, punctuation, spacing). The same words agree; a quote that is a cut of the other (its
 * fragments, split at ellipses, appear in the other in order) is consistent; anything else differs in
 * wording, and the differing words are named. Speakers are the caller's business (see {@link Comparison}).
 */
public final class QuoteRule {

    /** Above this many word pairs the word-level diff is skipped, so a huge quote cannot stall a request. */
    private static final long MAX_DIFF_CELLS = 4_000_000L;
    private static final String GAP = "...";

    private QuoteRule() {
    }

    public static Relation relate(String a, String b) {
        if (a.equals(b)) {
            // most sources quote a speaker to the letter: no need to split the same words twice
            return Relation.EQUAL;
        }
        List<String> x = words(a);
        List<String> y = words(b);
        List<String> plainX = withoutGaps(x);
        List<String> plainY = withoutGaps(y);
        if (plainX.equals(plainY)) {
            return Relation.EQUAL;
        }
        if (cutOf(x, plainY) || cutOf(y, plainX)) {
            return Relation.consistent("one quote is a shorter cut of the other");
        }
        return Relation.conflict(ConflictKind.WORDING, differences(plainX, plainY));
    }

    /** A quote's words without gap markers, as {@link #sharedWords} compares them. */
    static List<String> plainWords(String quote) {
        return withoutGaps(words(quote));
    }

    /** Whether the first list of plain words runs, unbroken, inside the second. */
    static boolean runsInside(List<String> cut, List<String> whole) {
        return Collections.indexOfSubList(whole, cut) >= 0;
    }

    /** How many words the two quotes share at most in one run (for suspected misattributions). */
    public static int sharedWords(String a, String b) {
        List<String> x = withoutGaps(words(a));
        List<String> y = withoutGaps(words(b));
        if (cutOf(x, y)) {
            return x.size();
        }
        return cutOf(y, x) ? y.size() : 0;
    }

    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    /** Lower-case words with typography normalised; an ellipsis becomes the gap marker "...". */
    static List<String> words(String quote) {
        String text = DASHES.matcher(quote.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace("\u2026", " ... ").replace("...", " ... ")).replaceAll("-");
        List<String> words = new ArrayList<>();
        for (String token : SPACES.split(text)) {
            if (token.equals(GAP)) {
                words.add(GAP);
                continue;
            }
            String word = alphanumericEdges(token) ? token : EDGE_PUNCTUATION.matcher(token).replaceAll("");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Most words start and end with a letter or digit, and the edge punctuation pattern, tried at every position, would leave them as they are. */
    private static boolean alphanumericEdges(String token) {
        return !token.isEmpty() && Character.isLetterOrDigit(token.charAt(0)) && Character.isLetterOrDigit(token.charAt(token.length() - 1));
    }

    private static List<String> withoutGaps(List<String> words) {
        return words.stream().filter(w -> !w.equals(GAP)).toList();
    }

    /** Whether every fragment of {@code cut} (split at gaps) occurs in {@code whole}, in order. */
    private static boolean cutOf(List<String> cut, List<String> whole) {
        int from = 0;
        for (List<String> fragment : fragments(cut)) {
            int at = indexOf(whole, fragment, from);
            if (at < 0) {
                return false;
            }
            from = at + fragment.size();
        }
        return true;
    }

    private static List<List<String>> fragments(List<String> words) {
        List<List<String>> fragments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String word : words) {
            if (word.equals(GAP)) {
                if (!current.isEmpty()) {
                    fragments.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(word);
            }
        }
        if (!current.isEmpty()) {
            fragments.add(current);
        }
        return fragments;
    }

    private static int indexOf(List<String> whole, List<String> part, int from) {
        int at = Collections.indexOfSubList(whole.subList(from, whole.size()), part);
        return at < 0 ? -1 : from + at;
    }

    /** The differing words, e.g. "\"brave\" where the other has \"bold\"; \"will be an example for others\" only in the first". */
    static String differences(List<String> x, List<String> y) {
        if ((long) x.size() * y.size() > MAX_DIFF_CELLS) {
            return "the wording differs";
        }
        int[][] lcs = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> changes = new ArrayList<>();
        List<String> onlyX = new ArrayList<>();
        List<String> onlyY = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < x.size() || j < y.size()) {
            if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
                flush(onlyX, onlyY, changes);
                i++;
                j++;
            } else if (j >= y.size() || (i < x.size() && lcs[i + 1][j] >= lcs[i][j + 1])) {
                onlyX.add(x.get(i++));
            } else {
                onlyY.add(y.get(j++));
            }
        }
        flush(onlyX, onlyY, changes);
        return String.join("; ", changes);
    }

    private static void flush(List<String> onlyX, List<String> onlyY, List<String> changes) {
        String a = String.join(" ", onlyX);
        String b = String.join(" ", onlyY);
        if (!a.isEmpty() && !b.isEmpty()) {
            changes.add("\"" + a + "\" where the other has \"" + b + "\"");
        } else if (!a.isEmpty()) {
            changes.add("\"" + a + "\" only in the first");
        } else if (!b.isEmpty()) {
            changes.add("\"" + b + "\" only in the second");
        }
        onlyX.clear();
        onlyY.clear();
    }


}
