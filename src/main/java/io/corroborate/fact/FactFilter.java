package io.corroborate.fact;

import io.corroborate.api.Like;
import io.corroborate.api.NotFoundException;
import io.corroborate.entity.NamedEntity;
import io.corroborate.source.Source;
import io.corroborate.story.Story;
import io.quarkus.panache.common.Parameters;

import java.util.Locale;

/** The HQL condition (on alias {@code f}) and parameters for the filters of the `facts` listing. */
record FactFilter(String where, Parameters parameters) {

    static FactFilter of(String story, FactKind kind, String source, String entity, String search) {
        StringBuilder where = new StringBuilder("f.mergedIntoId is null");
        Parameters parameters = new Parameters();
        if (story != null) {
            where.append(" and f.storyId = :story");
            parameters.and("story", Story.byKey(story).orElseThrow(() -> new NotFoundException("story", story)).id);
        }
        if (kind != null) {
            where.append(" and f.kind = :kind");
            parameters.and("kind", kind);
        }
        if (source != null) {
            where.append(" and exists (select 1 from Claim c where c.factId = f.id and c.sourceId = :source)");
            parameters.and("source", Source.byKey(source).orElseThrow(() -> new NotFoundException("source", source)).id);
        }
        if (entity != null) {
            where.append(" and (exists (select 1 from FactSubject s where s.factId = f.id and s.entityId = :entity)"
                    + " or exists (select 1 from Claim c where c.factId = f.id and c.valueEntityId = :entity))");
            parameters.and("entity", NamedEntity.byKey(entity).orElseThrow(() -> new NotFoundException("entity", entity)).id);
        }
        if (search != null && !search.isBlank()) {
            where.append(" and (lower(f.question) like :pattern escape '\\'"
                    + " or exists (select 1 from Claim c where c.factId = f.id and (lower(c.valueAsWritten) like :pattern escape '\\'"
                    + " or lower(c.excerpt.exact) like :pattern escape '\\')))");
            parameters.and("pattern", "%" + Like.escape(search.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return new FactFilter(where.toString(), parameters);
    }

    /** The same filter restricted to facts after (or up to) an internal id. */
    FactFilter and(String condition, String name, Object value) {
        Parameters more = new Parameters();
        parameters.map().forEach(more::and);
        return new FactFilter(where + " and " + condition, more.and(name, value));
    }
}
