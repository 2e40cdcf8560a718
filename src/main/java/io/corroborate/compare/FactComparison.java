package io.corroborate.compare;

import java.util.List;

/**
 * The comparison of one fact's claims, as stored (JSON) and served. Claims and sources are named by id.
 *
 * @param severity how urgent the fact is for a fact-checker: 0 without conflicts, else higher for worse
 *                 conflict kinds and more claims involved
 */
public record FactComparison(Verdict verdict, String explanation, List<Group> groups, List<Conflict> conflicts,
                             List<Standing> standings, int severity) {

    /** Mutually compatible claims, with the distinct values they write and the sources behind them. */
    public record Group(List<String> claims, List<String> values, List<String> sources) {
    }

    /** Two sets of claims that cannot both be true. */
    public record Conflict(ConflictKind kind, List<String> left, List<String> right, String explanation) {
    }

    /** For one claim: the other sources that support it and those that contradict it. */
    public record Standing(String claim, String source, List<String> corroboratedBy, List<String> contradictedBy) {
    }
}
