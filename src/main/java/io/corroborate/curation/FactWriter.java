package io.corroborate.curation;

import io.corroborate.api.BadUserInputException;
import io.corroborate.compare.SettlesVerdicts;
import io.corroborate.fact.Fact;
import io.corroborate.fact.FactSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes facts with their subject entities for the write API and the corpus loader, each with its audit entry. */
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
}
