package io.corroborate.export;

import io.corroborate.api.AnyOf;
import io.corroborate.api.Batch;
import io.corroborate.entity.NamedEntity;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.fact.FactSubject;
import io.corroborate.source.Source;
import io.corroborate.story.Story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the exports read about some facts, in a few queries: their standing claims in curation order (retracted ones
 * are left out, as everywhere a fact's claims count), the claims' sources, the facts' subjects and the entities the
 * claims name.
 */
final class Evidence {

    final List<Fact> facts;
    final Map<Long, List<Claim>> claims = new LinkedHashMap<>();
    final Map<Long, List<Long>> subjects = new LinkedHashMap<>();
    final Map<Long, Source> sources;
    final Map<Long, NamedEntity> entities;

    private Evidence(List<Fact> facts) {
        this.facts = facts;
        facts.forEach(f -> {
            claims.put(f.id, new ArrayList<>());
            subjects.put(f.id, new ArrayList<>());
        });
        Object factIds = AnyOf.ids(Batch.ids(facts, f -> f.id));
        List<Claim> standing = Claim.list("any_of(factId, ?1) and retractedAt is null order by id", factIds);
        standing.forEach(c -> claims.get(c.factId).add(c));
        List<FactSubject> links = FactSubject.list("any_of(factId, ?1) order by entityId", factIds);
        links.forEach(l -> subjects.get(l.factId).add(l.entityId));
        sources = inOrder(Source.<Source>list("any_of(id, ?1) order by id", AnyOf.ids(Batch.ids(standing, c -> c.sourceId))), s -> s.id);
        List<Long> named = Stream.concat(links.stream().map(l -> l.entityId), standing.stream().map(c -> c.valueEntityId)).toList();
        entities = inOrder(NamedEntity.<NamedEntity>list("any_of(id, ?1) order by id", AnyOf.ids(Batch.ids(named, id -> id))), e -> e.id);
    }

    static Evidence of(List<Fact> facts) {
        return new Evidence(facts);
    }

    /** The story's facts in curation order, without those merged into another. */
    static Evidence of(Story story) {
        return new Evidence(Fact.list("storyId = ?1 and mergedIntoId is null order by id", story.id));
    }

    private static <T> Map<Long, T> inOrder(List<T> rows, Function<T, Long> id) {
        Map<Long, T> index = new LinkedHashMap<>();
        rows.forEach(row -> index.put(id.apply(row), row));
        return index;
    }

    List<Claim> claims(Fact fact) {
        return claims.get(fact.id);
    }

    NamedEntity entity(Long id) {
        return id == null ? null : entities.get(id);
    }
}
