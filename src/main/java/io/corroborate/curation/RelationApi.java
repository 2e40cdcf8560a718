package io.corroborate.curation;

import io.corroborate.entity.EntityRelation;
import io.corroborate.entity.RelationKind;
import io.corroborate.user.Access;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Curators record and remove relations between entities; the comparison rules use them. */
@GraphQLApi
public class RelationApi {

    private final Access access;
    private final RelationWriter relations;

    public RelationApi(Access access, RelationWriter relations) {
        this.access = access;
        this.relations = relations;
    }

    @Mutation("addRelation")
    @Description("Records how one entity stands to another (curator). The comparisons of facts that name either entity are recomputed with it.")
    public EntityRelation addRelation(@Name("input") @NonNull @Description("The relation.") Inputs.NewRelation input) {
        return relations.add(input, access.requireCurator("add a relation"));
    }

    @Mutation("removeRelation")
    @Description("Removes a relation (the curator who recorded it, or an editor); the audit log keeps it. The comparisons of facts that name either entity are recomputed without it.")
    public boolean removeRelation(
            @Name("subject") @NonNull @Id @Description("The subject entity's id.") String subjectId,
            @Name("kind") @NonNull @Description("The relation's kind.") RelationKind kind,
            @Name("object") @NonNull @Id @Description("The object entity's id.") String objectId) {
        return relations.remove(subjectId, kind, objectId, access.curator("remove a relation"));
    }
}
