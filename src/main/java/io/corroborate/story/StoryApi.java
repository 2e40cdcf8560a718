package io.corroborate.story;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

@GraphQLApi
public class StoryApi {

    @Query("stories")
    @Description("Every story (news event) in Corroborate.")
    public @org.eclipse.microprofile.graphql.NonNull List<@org.eclipse.microprofile.graphql.NonNull Story> stories() {
        return Story.list("order by id");
    }

    @Query("story")
    @Description("One story by its id; null if there is none.")
    public Story story(@Name("id") @Id @org.eclipse.microprofile.graphql.NonNull @Description("The story's id, e.g. \"russia-recognizes-taliban-2025\".") String id) {
        return Story.byKey(id).orElse(null);
    }
}
