package io.corroborate.entity;

import io.corroborate.api.AnyOf;
import io.corroborate.api.Like;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;
import java.util.Locale;

@GraphQLApi
public class EntityApi {

    @Query("entities")
    @Description("People, organisations and places, by name; optionally only those whose name or an alias contains `search`.")
    public @org.eclipse.microprofile.graphql.NonNull List<@org.eclipse.microprofile.graphql.NonNull NamedEntity> entities(
            @Name("search") @Description("Case-insensitive text to look for in the name or any alias, e.g. \"lavrov\" or \"ISIS-K\".") String search,
            @Name("kind") @Description("Only entities of this kind.") EntityKind kind) {
        StringBuilder where = new StringBuilder("mergedIntoId is null");
        Parameters parameters = new Parameters();
        if (kind != null) {
            where.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (search != null && !search.isBlank()) {
            where.append(" and (lower(name) like :pattern escape '\\'"
                    + " or lower(array_to_string(aliases, '|')) like :pattern escape '\\')");
            parameters.and("pattern", "%" + Like.escape(search.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return NamedEntity.list(where.toString(), Sort.by("name"), parameters);
    }

    @Description("The entity this one was merged into, as a duplicate; null otherwise.")
    public List<NamedEntity> mergedInto(@org.eclipse.microprofile.graphql.Source List<NamedEntity> entities) {
        List<NamedEntity> targets = NamedEntity.list("any_of(id, ?1)", AnyOf.ids(io.corroborate.api.Batch.ids(entities, e -> e.mergedIntoId)));
        return io.corroborate.api.Batch.references(entities, e -> e.mergedIntoId, targets, e -> e.id);
    }

    @Query("entity")
    @Description("One entity by its id; null if there is none.")
    public NamedEntity entity(@Name("id") @Id @org.eclipse.microprofile.graphql.NonNull @Description("The entity's id, e.g. \"sergei-lavrov\".") String id) {
        return NamedEntity.byKey(id).orElse(null);
    }


    @Description("How this entity stands to others, and others to it: every relation it is the subject or the object of.")
    public @org.eclipse.microprofile.graphql.NonNull List<List<@org.eclipse.microprofile.graphql.NonNull EntityRelation>> relations(
            @org.eclipse.microprofile.graphql.Source List<NamedEntity> entities) {
        Object ids = io.corroborate.api.AnyOf.ids(io.corroborate.api.Batch.ids(entities, e -> e.id));
        List<EntityRelation> relations = EntityRelation.list("any_of(subjectId, ?1) or any_of(objectId, ?1) order by id", ids);
        return entities.stream().map(e -> relations.stream()
                .filter(r -> r.subjectId.equals(e.id) || r.objectId.equals(e.id)).toList()).toList();
    }

    @Description("The entity the relation starts from.")
    public @org.eclipse.microprofile.graphql.NonNull List<@org.eclipse.microprofile.graphql.NonNull NamedEntity> subject(
            @org.eclipse.microprofile.graphql.Source List<EntityRelation> relations) {
        return ends(relations, r -> r.subjectId);
    }

    @Description("The entity the relation points to.")
    public @org.eclipse.microprofile.graphql.NonNull List<@org.eclipse.microprofile.graphql.NonNull NamedEntity> object(
            @org.eclipse.microprofile.graphql.Source List<EntityRelation> relations) {
        return ends(relations, r -> r.objectId);
    }

    private static List<NamedEntity> ends(List<EntityRelation> relations, java.util.function.Function<EntityRelation, Long> end) {
        List<NamedEntity> entities = NamedEntity.list("any_of(id, ?1)", io.corroborate.api.AnyOf.ids(io.corroborate.api.Batch.ids(relations, end)));
        return io.corroborate.api.Batch.references(relations, end, entities, e -> e.id);
    }
}
