package io.corroborate.curation;

import io.corroborate.api.BadUserInputException;
import io.corroborate.api.NotFoundException;
import io.corroborate.entity.NamedEntity;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.source.Source;
import io.corroborate.story.Story;

import java.util.HashMap;
import java.util.HashSet;
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

    private static <T> T find(Map<String, T> cache, String id, Function<String, Optional<T>> byKey, String what, String field) {
        if (id == null || id.isBlank()) {
            throw new BadUserInputException(field, "must not be empty");
        }
        return known(cache, id, byKey).orElseThrow(() -> new NotFoundException(what, id));
    }

    private static <T> Optional<T> known(Map<String, T> cache, String id, Function<String, Optional<T>> byKey) {
        T found = cache.get(id);
        if (found == null) {
            found = byKey.apply(id).orElse(null);
            if (found != null) {
                cache.put(id, found);
            }
        }
        return Optional.ofNullable(found);
    }
}
