package io.corroborate.curation;

import io.corroborate.api.BadUserInputException;
import io.corroborate.api.NotFoundException;
import io.corroborate.entity.EntityRelation;
import io.corroborate.entity.NamedEntity;
import io.corroborate.entity.RelationKind;
import io.corroborate.user.Access;
import io.corroborate.compare.SettlesVerdicts;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** Curators record and remove relations between entities; the comparison rules use them. */
@SettlesVerdicts
@GraphQLApi
public class RelationApi {

    private final Access access;
    private final Audit audit;

    public RelationApi(Access access, Audit audit) {
        this.access = access;
        this.audit = audit;
    }

    @Input("NewRelation")
    @Description("A relation between two entities: subject KIND object, e.g. sergei-lavrov HEADS russian-foreign-ministry.")
    public record NewRelation(
            @NonNull @Id @Description("The subject entity's id.") String subject,
            @NonNull @Description("How the subject stands to the object.") RelationKind kind,
            @NonNull @Id @Description("The object entity's id.") String object,
            @Description("Since when it holds (YYYY-MM-DD), when known.") String since,
            @Description("Until when it held (YYYY-MM-DD), when it has ended.") String until,
            @Description("A remark, e.g. the article that states it.") String note) {
    }

    @Mutation("addRelation")
    @Transactional
    @Description("Records how one entity stands to another (curator). Every comparison is recomputed with it.")
    public EntityRelation addRelation(@Name("input") @NonNull @Description("The relation.") NewRelation input) {
        String actor = access.requireCurator("add a relation");
        NamedEntity subject = entity("input.subject", input.subject());
        NamedEntity object = entity("input.object", input.object());
        if (subject.id.equals(object.id)) {
            throw new BadUserInputException("input.object", "an entity does not stand in a relation to itself");
        }
        if (EntityRelation.count("subjectId = ?1 and kind = ?2 and objectId = ?3", subject.id, input.kind(), object.id) > 0) {
            throw new BadUserInputException("input.kind", "this relation is recorded already");
        }
        EntityRelation relation = new EntityRelation();
        relation.subjectId = subject.id;
        relation.kind = input.kind();
        relation.objectId = object.id;
        relation.since = date("input.since", input.since());
        relation.until = date("input.until", input.until());
        if (relation.since != null && relation.until != null && relation.until.isBefore(relation.since)) {
            throw new BadUserInputException("input.until", "must not be before since");
        }
        relation.note = Check.optional("input.note", input.note(), Check.LONG);
        relation.curatedBy = actor;
        relation.persistAndFlush();
        audit.record(actor, "ADD_RELATION", "ENTITY", subject.key, null, null, described(subject, relation, object));
        return relation;
    }

    @Mutation("removeRelation")
    @Transactional
    @Description("Removes a relation (curator); the audit log keeps it. Every comparison is recomputed without it.")
    public boolean removeRelation(
            @Name("subject") @NonNull @Id @Description("The subject entity's id.") String subjectId,
            @Name("kind") @NonNull @Description("The relation's kind.") RelationKind kind,
            @Name("object") @NonNull @Id @Description("The object entity's id.") String objectId) {
        String actor = access.requireCurator("remove a relation");
        NamedEntity subject = entity("subject", subjectId);
        NamedEntity object = entity("object", objectId);
        EntityRelation relation = EntityRelation.<EntityRelation>find("subjectId = ?1 and kind = ?2 and objectId = ?3",
                subject.id, kind, object.id).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("relation", subjectId + " " + kind + " " + objectId));
        audit.record(actor, "REMOVE_RELATION", "ENTITY", subject.key, null, described(subject, relation, object), null);
        relation.delete();
        return true;
    }

    private static NamedEntity entity(String field, String id) {
        return NamedEntity.byKey(Check.id(field, id)).orElseThrow(() -> new NotFoundException("entity", id));
    }

    private static LocalDate date(String field, String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadUserInputException(field, "write the date as YYYY-MM-DD");
        }
    }

    private static Map<String, Object> described(NamedEntity subject, EntityRelation relation, NamedEntity object) {
        Map<String, Object> described = new HashMap<>();
        described.put("subject", subject.key);
        described.put("kind", relation.kind.name());
        described.put("object", object.key);
        described.put("since", relation.since == null ? null : relation.since.toString());
        described.put("until", relation.until == null ? null : relation.until.toString());
        described.put("note", relation.note);
        return described;
    }
}
