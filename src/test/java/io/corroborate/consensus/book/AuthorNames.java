package io.corroborate.consensus.book;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Normalises the author lists book stores write ("Knuth, Donald E.", "Donald E. Knuth John Fuller",
 * "KNUTH, DONALD E.; FULLER, JOHN") to their authors' last names, sorted and joined by "; ": the form in
 * which two listings of the same authors read the same.
 */
final class AuthorNames {

    private static final Pattern NOISE = Pattern.compile(
            "\\(.*?\\)|&\\w+;|\\b(edited by|editors?|eds?|edt|by|foreword by|translated by|translators?|illustrat\\w*|with|et al|phd|ph d|jr|sr|ii|iii|iv|dr|prof)\\b");

    private AuthorNames() {
    }

    /** @return the sorted last names joined by "; ", or "" when the text names nobody */
    static String normalise(String written) {
        String text = Normalizer.normalize(written, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("not available", "");
        text = NOISE.matcher(text).replaceAll(" ").replaceAll("[^a-z;,&/' -]", " ").replace("'", "").replaceAll("\\s+", " ").strip();
        TreeSet<String> lastNames = new TreeSet<>();
        for (String author : authors(text)) {
            String last = lastName(author);
            if (last.length() > 1) {
                lastNames.add(last);
            }
        }
        return String.join("; ", lastNames);
    }

    private static List<String> authors(String text) {
        List<String> authors = new ArrayList<>();
        if (text.contains(";")) {
            for (String part : text.split(";")) {
                authors.add(part.strip());
            }
            return authors;
        }
        String[] groups = text.split("\\s+and\\s+|\\s*&\\s*|\\s*/\\s*");
        for (String group : groups) {
            authors.addAll(byCommas(group.strip()));
        }
        return authors;
    }

    /**
     * "Last, First" pairs ("Haag, Stephen, Perry, James T."), pairs run together ("Dowd, Mark McDonald, John
     * Schuh, Justin": a first name followed by the next last name), a list of full names separated by commas,
     * or names run together without separators.
     */
    private static List<String> byCommas(String group) {
        String[] chunks = group.split("\\s*,\\s*");
        List<String> authors = new ArrayList<>();
        if (chunks.length > 1 && !chunks[0].contains(" ")) {
            authors.add(chunks[0] + ",");
            int k = 1;
            while (k < chunks.length - 1) {
                String[] words = chunks[k].split(" ");
                if (words.length >= 2 && words[words.length - 1].length() > 1) {
                    authors.add(words[words.length - 1] + ",");
                    k++;
                } else {
                    authors.add(chunks[k + 1].split(" ")[0] + ",");
                    k += 2;
                }
            }
            return authors;
        }
        for (String chunk : chunks) {
            authors.addAll(runTogether(chunk));
        }
        return authors;
    }

    /** Splits "donald e knuth john fuller" into names: a name ends with a full word after at least one other word. */
    private static List<String> runTogether(String chunk) {
        String[] words = chunk.strip().split(" ");
        List<String> names = new ArrayList<>();
        if (words.length <= 3) {
            names.add(chunk.strip());
            return names;
        }
        StringBuilder name = new StringBuilder();
        int fullWords = 0;
        for (String word : words) {
            name.append(word).append(' ');
            if (word.length() > 1) {
                fullWords++;
            }
            if (fullWords == 2) {
                names.add(name.toString().strip());
                name.setLength(0);
                fullWords = 0;
            }
        }
        if (!name.isEmpty()) {
            names.add(name.toString().strip());
        }
        return names;
    }

    private static String lastName(String author) {
        String a = author.strip();
        if (a.endsWith(",") || a.contains(",")) {
            return a.substring(0, a.indexOf(',')).replaceAll("[^a-z-]", "");
        }
        String[] words = a.split(" ");
        for (int i = words.length - 1; i >= 0; i--) {
            String word = words[i].replaceAll("[^a-z-]", "");
            if (word.length() > 1) {
                return word;
            }
        }
        return "";
    }
}
