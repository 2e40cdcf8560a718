package io.corroborate.curation;

import io.corroborate.api.BadUserInputException;
import io.corroborate.api.ForbiddenException;
import io.corroborate.user.Curator;
import io.corroborate.api.NotFoundException;
import io.corroborate.compare.SettlesVerdicts;
import io.corroborate.entity.EntityRelation;
import io.corroborate.entity.NamedEntity;
import io.corroborate.entity.RelationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** Records and removes relations between entities for the write API and the corpus loader, each with its audit entry. */
@ApplicationScoped
public class RelationWriter {

    private final Audit audit;

    public RelationWriter(Audit audit) {
        this.audit = audit;
    }

    @Transactional
    @SettlesVerdicts
    public EntityRelation add(Inputs.NewRelation input, String actor) {
        NamedEntity subject = entity("input.subject", input.subject());
        NamedEntity object = entity("input.object", input.object());
        if (subject.id.equals(object.id)) {
            throw new BadUserInputException("input.object", "an entity does not stand in a relation to itself");
        }
        if (recorded(subject.id, input.kind(), object.id)) {
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
        return insert(relation, subject.key, object.key, actor);
    }

    @Transactional
    @SettlesVerdicts
    public boolean remove(String subjectId, RelationKind kind, String objectId, Curator curator) {
        String actor = curator.name();
        NamedEntity subject = entity("subject", subjectId);
        NamedEntity object = entity("object", objectId);
        EntityRelation relation = EntityRelation.<EntityRelation>find("subjectId = ?1 and kind = ?2 and objectId = ?3",
                subject.id, kind, object.id).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("relation", subjectId + " " + kind + " " + objectId));
        if (!curator.editor() && !actor.equals(relation.curatedBy)) {
            throw new ForbiddenException("editor", "remove a relation another curator recorded");
        }
        audit.record(actor, "REMOVE_RELATION", "ENTITY", subject.key, null, described(subject.key, relation, object.key), null);
        relation.delete();
        return true;
    }

    /** Whether this relation is recorded already. */
    static boolean recorded(Long subjectId, RelationKind kind, Long objectId) {
        return EntityRelation.count("subjectId = ?1 and kind = ?2 and objectId = ?3", subjectId, kind, objectId) > 0;
    }

    /** Stores a checked relation and records it in the audit log. */
    @Transactional
    EntityRelation insert(EntityRelation relation, String subject, String object, String actor) {
        relation.persistAndFlush();
        audit.record(actor, "ADD_RELATION", "ENTITY", subject, null, null, described(subject, relation, object));
        return relation;
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

    private static Map<String, Object> described(String subject, EntityRelation relation, String object) {
        Map<String, Object> described = new HashMap<>();
        described.put("subject", subject);
        described.put("kind", relation.kind.name());
        described.put("object", object);
        described.put("since", relation.since == null ? null : relation.since.toString());
        described.put("until", relation.until == null ? null : relation.until.toString());
        described.put("note", relation.note);
        return described;
    }
}
