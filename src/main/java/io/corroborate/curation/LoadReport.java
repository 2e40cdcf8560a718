package io.corroborate.curation;

/** What loading one curated corpus file did. */
public record LoadReport(String file, boolean alreadyLoaded, int inserted, int kept) {

    static LoadReport skipped(String file) {
        return new LoadReport(file, true, 0, 0);
    }

    @Override
    public String toString() {
        return alreadyLoaded
                ? file + ": this version was loaded before, nothing to do"
                : file + ": " + inserted + " items inserted, " + kept + " already present and kept as stored";
    }
}
