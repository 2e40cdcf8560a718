package io.corroborate.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

@GraphQLApi
public class SourceApi {

    @Query("sources")
    @Description("Every article in Corroborate, in the order they were added.")
    public @org.eclipse.microprofile.graphql.NonNull List<@org.eclipse.microprofile.graphql.NonNull Source> sources() {
        return Source.list("order by id");
    }

    @Query("source")
    @Description("One article by its id; null if there is none.")
    public Source source(@Name("id") @Id @org.eclipse.microprofile.graphql.NonNull @Description("The source's id, e.g. \"nysun\".") String id) {
        return Source.byKey(id).orElse(null);
    }
}
