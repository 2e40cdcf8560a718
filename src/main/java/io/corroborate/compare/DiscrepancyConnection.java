package io.corroborate.compare;

import io.corroborate.api.PageInfo;
import io.corroborate.fact.Fact;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;
import java.util.function.Supplier;

@Type("DiscrepancyConnection")
@Description("One page of a fact-checker's worklist: facts whose sources conflict, most severe first.")
public record DiscrepancyConnection(
        @NonNull @Description("The facts of this page, each with its cursor.") List<@NonNull Edge> edges,
        @NonNull @Description("Where this page stands in the whole worklist.") PageInfo pageInfo,
        @Ignore Supplier<Integer> count,
        @Ignore Supplier<Long> pending) {

    @Type("DiscrepancyEdge")
    @Description("A conflicting fact in the worklist.")
    public record Edge(
            @NonNull @Description("Pass as `after` (or `before`) to get the facts following (or preceding) this one.") String cursor,
            @NonNull @Description("The fact; ask for its comparison to see the conflicts.") Fact node) {
    }
}
