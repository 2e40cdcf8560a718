package io.corroborate.curation;

import java.util.List;

/** A curated corpus file that cannot be loaded; the message lists every problem, naming the item at fault. */
public class CorpusException extends RuntimeException {
    public CorpusException(String file, List<String> problems) {
        super("Curated corpus " + file + " was not loaded (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n  - " + String.join("\n  - ", problems));
    }
}
