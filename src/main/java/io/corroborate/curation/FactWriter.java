package io.corroborate.curation;

import io.corroborate.api.BadUserInputException;
import io.corroborate.compare.SettlesVerdicts;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.fact.FactSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes and merges facts with their subject entities for the write API and the corpus loader, each with its audit entries. */
@ApplicationScoped
public class FactWriter {

    private final Audit audit;

    public FactWriter(Audit audit) {
        this.audit = audit;
    }

    @Transactional
    @SettlesVerdicts
    public Fact add(Inputs.NewFact input, String actor) {
        String id = Check.newId("input.id", input.id(), "fact", Fact::byKey);
        if (input.kind() == null) {
            throw new BadUserInputException("input.kind", "must be given");
        }
        Lookup lookup = new Lookup();
        Fact fact = new Fact();
        fact.key = id;
        fact.storyId = lookup.story("input.story", input.story()).id;
        fact.kind = input.kind();
        fact.question = Check.required("input.question", input.question(), Check.SHORT);
        Set<Long> subjects = new LinkedHashSet<>();
        for (String entity : Check.list("input.entities", input.entities())) {
            subjects.add(lookup.entity("input.entities", entity).id);
        }
        return insert(fact, input.story(), subjects, Check.list("input.entities", input.entities()), actor);
    }

    /** Stores a checked fact and its subjects (entity ids, and their public ids for the audit log). */
    @Transactional
    Fact insert(Fact fact, String story, Set<Long> subjects, List<String> subjectKeys, String actor) {
        fact.persistAndFlush();
        subjects.forEach(entityId -> FactSubject.of(fact.id, entityId).persist());
        audit.record(actor, "ADD_FACT", "FACT", fact.key, fact.key, null,
                Map.of("id", fact.key, "story", story, "kind", fact.kind, "question", fact.question, "entities", subjectKeys));
        return fact;
    }

    /** Moves the duplicate's claims and subjects to the kept fact; the duplicate stays on record pointing at it. */
    @Transactional
    @SettlesVerdicts
    public Fact merge(String from, String into, String actor) {
        Lookup lookup = new Lookup();
        Fact duplicate = lookup.fact("from", from);
        Fact kept = lookup.fact("into", into);
        if (duplicate.id.equals(kept.id)) {
            throw new BadUserInputException("into", "a fact cannot be merged into itself");
        }
        if (duplicate.kind != kept.kind || !duplicate.storyId.equals(kept.storyId)) {
            throw new BadUserInputException("into", "only facts of the same kind and story can be merged");
        }
        for (Claim claim : Claim.<Claim>list("factId", duplicate.id)) {
            claim.factId = kept.id;
            audit.record(actor, "MOVE_CLAIM", "CLAIM", claim.key, kept.key, Map.of("fact", from), Map.of("fact", into));
        }
        Set<Long> keptSubjects = new LinkedHashSet<>(FactSubject.<FactSubject>list("factId", kept.id).stream().map(s -> s.entityId).toList());
        for (FactSubject subject : FactSubject.<FactSubject>list("factId", duplicate.id)) {
            if (keptSubjects.add(subject.entityId)) {
                FactSubject.of(kept.id, subject.entityId).persist();
            }
        }
        duplicate.mergedIntoId = kept.id;
        audit.record(actor, "MERGE_FACTS", "FACT", from, from, Map.of("id", from), Map.of("id", from, "mergedInto", into));
        audit.record(actor, "MERGE_FACTS", "FACT", into, into, null, Map.of("id", into, "absorbed", from));
        return kept;
    }
}
