package io.corroborate.curation;

import io.corroborate.api.BadUserInputException;
import io.corroborate.api.NotFoundException;
import io.corroborate.entity.NamedEntity;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.source.Source;
import io.corroborate.story.Story;

import io.corroborate.api.AnyOf;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Finds items by id for one write (or one import batch), remembering what it found. */
final class Lookup {

    private final Map<String, Fact> facts = new HashMap<>();
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, NamedEntity> entities = new HashMap<>();
    private final Map<String, Story> stories = new HashMap<>();
    private final Set<String> claimKeys = new HashSet<>();
    private final Set<String> newFacts = new HashSet<>();
    /** Per cache above: ids looked up in bulk and found nowhere. */
    private final Map<Map<String, ?>, Set<String>> absent = new IdentityHashMap<>();

    Fact fact(String field, String id) {
        Fact fact = find(facts, id, Fact::byKey, "fact", field);
        if (fact.mergedIntoId != null) {
            throw new BadUserInputException(field, "the fact \"" + id + "\" was merged into another; use that one");
        }
        return fact;
    }

    Source source(String field, String id) {
        return find(sources, id, Source::byKey, "source", field);
    }

    NamedEntity entity(String field, String id) {
        NamedEntity entity = find(entities, id, NamedEntity::byKey, "entity", field);
        if (entity.mergedIntoId != null) {
            throw new BadUserInputException(field, "the entity \"" + id + "\" was merged into another; use that one");
        }
        return entity;
    }

    Story story(String field, String id) {
        return find(stories, id, Story::byKey, "story", field);
    }

    /**
     * A claim id not taken yet, in the database or earlier in this batch: base, base-2, base-3… The database
     * is not asked about facts created in this batch: they had no claims before it.
     */
    String freeClaimKey(String base, Fact fact) {
        boolean fresh = newFacts.contains(fact.key);
        String key = base;
        for (int n = 2; claimKeys.contains(key) || (!fresh && Claim.count("key", key) > 0); n++) {
            key = base + "-" + n;
        }
        claimKeys.add(key);
        return key;
    }

    /** Remembers an item created in this batch. */
    void created(Fact fact) {
        facts.put(fact.key, fact);
        newFacts.add(fact.key);
    }

    void created(Source source) {
        sources.put(source.key, source);
    }

    /** Whether a fact with this id exists, asking the database only once per id. */
    boolean hasFact(String id) {
        return known(facts, id, Fact::byKey).isPresent();
    }

    /** Whether a source with this id exists, asking the database only once per id. */
    boolean hasSource(String id) {
        return known(sources, id, Source::byKey).isPresent();
    }

    /**
     * Looks up, in one query per type, the facts, sources and entities a batch of import lines names that are
     * not known yet; ids found nowhere are remembered as absent. Sources come with their article text, read
     * once per import.
     */
    void prefetch(Collection<String> factKeys, Collection<String> sourceKeys, Collection<String> entityKeys) {
        prefetch(facts, factKeys, keys -> Fact.list("any_of(key, ?1)", keys), f -> f.key);
        prefetch(sources, sourceKeys, keys -> Source.list("any_of(key, ?1)", keys), s -> s.key);
        prefetch(entities, entityKeys, keys -> NamedEntity.list("any_of(key, ?1)", keys), e -> e.key);
    }

    private <T> List<T> prefetch(Map<String, T> cache, Collection<String> keys, Function<Object, List<T>> byKeys,
                                 Function<T, String> keyOf) {
        Set<String> missing = new HashSet<>(keys);
        Set<String> none = absent.computeIfAbsent(cache, c -> new HashSet<>());
        missing.removeIf(key -> key == null || cache.containsKey(key) || none.contains(key));
        if (missing.isEmpty()) {
            return List.of();
        }
        List<T> found = byKeys.apply(AnyOf.keys(missing));
        found.forEach(item -> cache.put(keyOf.apply(item), item));
        missing.removeAll(cache.keySet());
        none.addAll(missing);
        return found;
    }

    /**
     * Forgets the stored facts looked up so far (not those created by this batch) and detaches them from the
     * persistence context, to keep an import's memory flat.
     */
    void forgetStoredFacts() {
        facts.values().stream().filter(f -> f.id != null).forEach(Fact.getEntityManager()::detach);
        facts.keySet().retainAll(newFacts);
        absent.remove(facts);
    }

    private <T> Optional<T> known(Map<String, T> cache, String id, Function<String, Optional<T>> byKey) {
        T found = cache.get(id);
        if (found == null && !absent.getOrDefault(cache, Set.of()).contains(id)) {
            found = byKey.apply(id).orElse(null);
            if (found != null) {
                cache.put(id, found);
            }
        }
        return Optional.ofNullable(found);
    }

    private <T> T find(Map<String, T> cache, String id, Function<String, Optional<T>> byKey, String what, String field) {
        if (id == null || id.isBlank()) {
            throw new BadUserInputException(field, "must not be empty");
        }
        return known(cache, id, byKey).orElseThrow(() -> new NotFoundException(what, id));
    }

}
