package io.corroborate.compare;

import org.eclipse.microprofile.graphql.Description;

@Description("Why two claims cannot both be true.")
public enum ConflictKind {
    @Description("Different values: disjoint dates or amounts, or different names or texts.")
    VALUE,
    @Description("Amounts in different units, which Corroborate never equates silently.")
    UNIT,
    @Description("The same speaker quoted with different words.")
    WORDING,
    @Description("The same or nearly the same words attributed to different speakers: a possible misattribution.")
    ATTRIBUTION;

    /** Higher is more serious for a fact-checker: a misattribution outranks a wrong number, which outranks a wording variant. */
    public int severity() {
        return switch (this) {
            case ATTRIBUTION -> 4;
            case VALUE -> 3;
            case UNIT -> 2;
            case WORDING -> 1;
        };
    }
}
