package io.corroborate.value;

import org.eclipse.microprofile.graphql.Description;

import java.util.Locale;
import java.util.Optional;

@Description("Where a source stands on a yes-or-no question.")
public enum Stance {
    @Description("The source says yes (\"did not close its embassy\" affirms that the embassy stayed open).")
    AFFIRMS,
    @Description("The source says no.")
    DENIES,
    @Description("The source leaves it open, or says something weaker that neither affirms nor denies.")
    HEDGES;

    /** A curator's reading: yes/no/hedged (or the stance's own name), any case. */
    public static Optional<Stance> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "affirms" -> Optional.of(AFFIRMS);
            case "no", "denies" -> Optional.of(DENIES);
            case "hedged", "hedges", "unclear" -> Optional.of(HEDGES);
            default -> Optional.empty();
        };
    }
}
