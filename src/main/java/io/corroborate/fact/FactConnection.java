package io.corroborate.fact;

import io.corroborate.api.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

@Type("FactConnection")
@Description("One page of facts (Relay cursor connection).")
public record FactConnection(
        @Description("The facts of this page, each with its cursor.") List<FactEdge> edges,
        @Description("Where this page stands in the whole listing.") PageInfo pageInfo,
        @Description("How many facts match the filters across all pages.") long totalCount) {

    @Type("FactEdge")
    @Description("A fact in a page, with the cursor that points at it.")
    public record FactEdge(
            @Description("Pass as `after` to get the facts following this one.") String cursor,
            @Description("The fact.") Fact node) {
    }
}
