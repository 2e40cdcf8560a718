package io.corroborate.api;

import io.corroborate.entity.NamedEntity;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.source.Source;
import io.corroborate.story.Story;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.Optional;

@GraphQLApi
public class NodeApi {

    @Query("node")
    @Description("Any source, story, entity, fact or claim by its id alone (the Relay Node interface); null if"
            + " the id names nothing.")
    public Node node(@Name("id") @Id @NonNull @Description("The object's id.") String id) {
        return NodeKey.typeOf(id).flatMap(type -> find(type, id)).orElse(null);
    }

    private static Optional<? extends Node> find(String type, String id) {
        return switch (type) {
            case "Source" -> Source.byKey(id);
            case "Story" -> Story.byKey(id);
            case "Entity" -> NamedEntity.byKey(id);
            case "Fact" -> Fact.byKey(id);
            default -> Claim.byKey(id);
        };
    }
}
