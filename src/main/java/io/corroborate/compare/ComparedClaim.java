package io.corroborate.compare;

import io.corroborate.value.ClaimValue;

import java.util.Set;

/**
 * A claim as the comparison rules see it: plain values, no database.
 *
 * @param id          the claim's id
 * @param source      the source's id
 * @param sourceLabel how to name the source in a sentence (its outlet, or its headline in quotes)
 * @param written     the value as written
 * @param value       the typed value
 * @param entity      the speaker of a quote or the entity a text names, or null
 * @param entityNames that entity's name and aliases (empty when there is none)
 */
public record ComparedClaim(String id, String source, String sourceLabel, String written, ClaimValue value,
                            String entity, Set<String> entityNames) {

    /** The entity's name as it reads in a sentence, or null. */
    public String entityName() {
        return entityNames.isEmpty() ? null : entityNames.iterator().next();
    }
}
