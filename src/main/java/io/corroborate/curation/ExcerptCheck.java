package io.corroborate.curation;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that an excerpt really stands in its article: the exact text at its offsets, with the stated
 * context around it. Offsets count Unicode code points, as the W3C TextPositionSelector does.
 */
public final class ExcerptCheck {

    /** Characters of context kept on each side of an excerpt. */
    public static final int CONTEXT = 32;

    private ExcerptCheck() {
    }

    /** @return what is wrong with the excerpt, empty when it matches the article */
    public static List<String> problems(String article, String exact, int start, int end, String prefix, String suffix) {
        List<String> problems = new ArrayList<>();
        int length = article.codePointCount(0, article.length());
        if (start < 0 || end > length || start >= end) {
            problems.add("offsets " + start + ".." + end + " are outside the article (" + length + " characters)");
            return problems;
        }
        String found = slice(article, start, end);
        if (!found.equals(exact)) {
            int elsewhere = article.indexOf(exact);
            problems.add("the article has \"" + found + "\" at " + start + ".." + end + ", not the excerpt"
                    + (elsewhere < 0 ? " (the excerpt is nowhere in the article)"
                    : " (the excerpt is at " + article.codePointCount(0, elsewhere) + ")"));
            return problems;
        }
        if (prefix != null && !prefix.equals(slice(article, Math.max(0, start - CONTEXT), start))) {
            problems.add("the prefix is not the " + CONTEXT + " characters before the excerpt");
        }
        if (suffix != null && !suffix.equals(slice(article, end, Math.min(length, end + CONTEXT)))) {
            problems.add("the suffix is not the " + CONTEXT + " characters after the excerpt");
        }
        return problems;
    }

    /** The article text between two code-point offsets. */
    public static String slice(String article, int start, int end) {
        return article.substring(article.offsetByCodePoints(0, start), article.offsetByCodePoints(0, end));
    }
}
