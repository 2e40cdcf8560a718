package io.corroborate.compare;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The comparison of one fact's claims, as stored (JSON) and served. Claims and sources are named by id. */
@Type("Comparison")
@Description("How the claims of a fact compare: the verdict, the groups of compatible claims, the conflicts, and a"
        + " sentence explaining it all. Rules: docs/comparison-rules.md.")
public record FactComparison(
        @Description("AGREE, CONSISTENT, CONFLICT, SINGLE_SOURCE, NO_CLAIMS, WORDING_DIFFERS, or PENDING while a new"
                + " fact's first comparison is computed.") @NonNull Verdict verdict,
        @Description("One sentence naming the sources and values, ready to paste into a report.") @NonNull String explanation,
        @Description("Claims clustered so that all claims of a group can be true together, with the sources behind each.") @NonNull List<@NonNull Group> groups,
        @Description("Pairs of claim sets that cannot both be true; empty unless the verdict is CONFLICT.") @NonNull List<@NonNull Conflict> conflicts,
        @Ignore List<Standing> standings,
        @Description("How urgent the fact is for a fact-checker: 0 without conflicts; higher for worse conflict kinds"
                + " (ATTRIBUTION > VALUE > UNIT > WORDING) and more claims involved.") int severity) {

    @Type("ClaimGroup")
    @Description("Mutually compatible claims, with the distinct values they write.")
    public record Group(
            @Ignore List<String> claimIds,
            @NonNull @Description("The distinct values as written in this group.") List<@NonNull String> values,
            @Ignore List<String> sourceIds) {
    }

    @Type("Conflict")
    @Description("Two sets of claims that cannot both be true. The claims on one side may belong to another fact"
            + " (a suspected misattribution found across facts).")
    public record Conflict(
            @NonNull @Description("Why the two sides cannot both be true.") ConflictKind kind,
            @Ignore List<String> leftClaimIds,
            @Ignore List<String> rightClaimIds,
            @NonNull @Description("One sentence naming the sources and values on each side.") String explanation) {
    }

    /** For one claim: the other sources that support it and those that contradict it. */
    public record Standing(String claim, String source, List<String> corroboratedBy, List<String> contradictedBy) {
    }

    /** The placeholder served for a fact whose first comparison is still being computed. */
    static FactComparison pending() {
        return new FactComparison(Verdict.PENDING, Sentences.verdict(Verdict.PENDING, List.of(), List.of()), List.of(),
                List.of(), List.of(), 0);
    }

    /** The kinds of its conflicts, most serious first, without repeats. */
    public List<ConflictKind> conflictKinds() {
        return conflicts.stream().map(Conflict::kind).distinct()
                .sorted((a, b) -> b.severity() - a.severity()).toList();
    }
}
