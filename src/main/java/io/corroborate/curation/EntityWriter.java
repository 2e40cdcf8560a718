package io.corroborate.curation;

import io.corroborate.api.BadUserInputException;
import io.corroborate.compare.SettlesVerdicts;
import io.corroborate.entity.EntityRelation;
import io.corroborate.entity.NamedEntity;
import io.corroborate.fact.Claim;
import io.corroborate.fact.FactSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Writes and merges entities for the write API and the corpus loader, each with its audit entries. */
@ApplicationScoped
public class EntityWriter {

    private final Audit audit;

    public EntityWriter(Audit audit) {
        this.audit = audit;
    }

    @Transactional
    public NamedEntity add(Inputs.NewEntity input, String actor) {
        NamedEntity entity = new NamedEntity();
        entity.key = Check.newId("input.id", input.id(), "entity", NamedEntity::byKey);
        if (input.kind() == null) {
            throw new BadUserInputException("input.kind", "must be given");
        }
        entity.kind = input.kind();
        entity.name = Check.required("input.name", input.name(), Check.SHORT);
        entity.description = Check.optional("input.description", input.description(), Check.LONG);
        Set<String> aliases = new LinkedHashSet<>();
        for (String alias : Check.list("input.aliases", input.aliases())) {
            aliases.add(Check.required("input.aliases", alias, Check.SHORT));
        }
        aliases.remove(entity.name);
        entity.aliases.addAll(aliases);
        return insert(entity, actor);
    }

    /** Stores a checked entity and records it in the audit log. */
    @Transactional
    NamedEntity insert(NamedEntity entity, String actor) {
        entity.persistAndFlush();
        audit.record(actor, "ADD_ENTITY", "ENTITY", entity.key, null, null,
                Map.of("id", entity.key, "name", entity.name, "aliases", entity.aliases));
        return entity;
    }

    /**
     * Moves what names the duplicate (claims, fact subjects) to the kept entity, whose aliases gain the duplicate's
     * names; the duplicate stays on record pointing at the kept one.
     */
    @Transactional
    @SettlesVerdicts
    public NamedEntity merge(String from, String into, String actor) {
        Lookup lookup = new Lookup();
        NamedEntity duplicate = lookup.entity("from", from);
        NamedEntity kept = lookup.entity("into", into);
        if (duplicate.id.equals(kept.id)) {
            throw new BadUserInputException("into", "an entity cannot be merged into itself");
        }
        if (duplicate.kind != kept.kind) {
            throw new BadUserInputException("into", "only entities of the same kind can be merged (" + duplicate.kind + " and " + kept.kind + ")");
        }
        Map<String, Object> before = Map.of("id", into, "aliases", new ArrayList<>(kept.aliases));
        Set<String> aliases = new LinkedHashSet<>(kept.aliases);
        aliases.add(duplicate.name);
        aliases.addAll(duplicate.aliases);
        aliases.remove(kept.name);
        kept.aliases = new ArrayList<>(aliases);
        Claim.update("valueEntityId = ?1 where valueEntityId = ?2", kept.id, duplicate.id);
        for (FactSubject subject : FactSubject.<FactSubject>list("entityId", duplicate.id)) {
            if (FactSubject.count("factId = ?1 and entityId = ?2", subject.factId, kept.id) == 0) {
                FactSubject.of(subject.factId, kept.id).persist();
            }
            subject.delete();
        }
        moveRelations(duplicate, kept);
        duplicate.mergedIntoId = kept.id;
        audit.record(actor, "MERGE_ENTITIES", "ENTITY", from, null, Map.of("id", from), Map.of("id", from, "mergedInto", into));
        audit.record(actor, "MERGE_ENTITIES", "ENTITY", into, null, before, Map.of("id", into, "aliases", kept.aliases));
        return kept;
    }

    /** The duplicate's relations become the kept entity's, except those that would relate it to itself or repeat one it has. */
    private static void moveRelations(NamedEntity duplicate, NamedEntity kept) {
        for (EntityRelation relation : EntityRelation.<EntityRelation>list("subjectId = ?1 or objectId = ?1", duplicate.id)) {
            Long subject = relation.subjectId.equals(duplicate.id) ? kept.id : relation.subjectId;
            Long object = relation.objectId.equals(duplicate.id) ? kept.id : relation.objectId;
            if (subject.equals(object) || RelationWriter.recorded(subject, relation.kind, object)) {
                relation.delete();
            } else {
                relation.subjectId = subject;
                relation.objectId = object;
            }
        }
    }
}
