package io.corroborate.fact;

import io.corroborate.api.PageInfo;
import io.corroborate.api.Window;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

@Type("FactConnection")
@Description("One page of facts (Relay cursor connection).")
public record FactConnection(
        @NonNull @Description("The facts of this page, each with its cursor.") List<@NonNull FactEdge> edges,
        @NonNull @Description("Where this page stands in the whole listing.") PageInfo pageInfo,
        @Ignore FactFilter filter) {

    static FactConnection of(Window.Page<Fact> page, FactFilter filter) {
        return new FactConnection(page.edges().stream().map(e -> new FactEdge(e.cursor(), e.node())).toList(),
                page.pageInfo(), filter);
    }

    @Type("FactEdge")
    @Description("A fact in a page, with the cursor that points at it.")
    public record FactEdge(
            @NonNull @Description("Pass as `after` (or `before`) to get the facts following (or preceding) this one.") String cursor,
            @NonNull @Description("The fact.") Fact node) {
    }
}
