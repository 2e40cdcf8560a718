package io.corroborate.compare;

import io.corroborate.api.PageInfo;
import io.corroborate.fact.Fact;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

@Type("DiscrepancyConnection")
@Description("One page of a fact-checker's worklist: facts whose sources conflict, most severe first.")
public record DiscrepancyConnection(
        @Description("The facts of this page, each with its cursor.") List<Edge> edges,
        @Description("Where this page stands in the whole worklist.") PageInfo pageInfo,
        @Description("How many conflicting facts match across all pages.") long totalCount) {

    @Type("DiscrepancyEdge")
    @Description("A conflicting fact in the worklist.")
    public record Edge(
            @Description("Pass as `after` to get the facts following this one.") String cursor,
            @Description("The fact; ask for its comparison to see the conflicts.") Fact node) {
    }
}
