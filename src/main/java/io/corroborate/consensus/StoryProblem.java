package io.corroborate.consensus;

import io.corroborate.compare.ComparedClaim;
import io.corroborate.compare.Tolerances;
import io.corroborate.fact.Claim;
import io.corroborate.fact.FactKind;
import io.corroborate.value.DatePrecision;
import io.corroborate.value.Qualifier;
import io.corroborate.value.Stance;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One story's truth-discovery problem, read from the database as plain columns (no managed entities, no
 * excerpts or article texts): memory grows with the story, never with the corpus.
 *
 * @param factIds the database id of each fact key in the problem
 * @param classes per fact, its claims grouped into candidate values, in the problem's order
 * @param sourceIds the database id of each source key that votes
 */
record StoryProblem(Problem problem, Map<String, Long> factIds, Map<String, List<List<ComparedClaim>>> classes,
                    Map<String, Long> sourceIds) {

    private static final String STORY_CLAIMS = """
            from Claim c, Fact f where f.id = c.factId and f.storyId = :story and f.mergedIntoId is null
            and c.retractedAt is null""";

    static StoryProblem read(EntityManager em, long storyId, Tolerances tolerances, Closeness closeness) {
        Map<Long, String> sources = new HashMap<>();
        em.createQuery("select s.id, s.key from Source s where s.id in (select c.sourceId " + STORY_CLAIMS + ")", Object[].class)
                .setParameter("story", storyId).getResultStream().forEach(r -> sources.put((Long) r[0], (String) r[1]));
        Map<Long, Speaker> entities = new HashMap<>();
        em.createQuery("select e.id, e.key, e.name, e.aliases from NamedEntity e where e.id in (select c.valueEntityId "
                        + STORY_CLAIMS + ")", Object[].class)
                .setParameter("story", storyId).getResultStream().forEach(r -> entities.put((Long) r[0], Speaker.of(r)));
        Builder builder = new Builder(tolerances, closeness);
        em.createQuery("""
                        select f.key, f.id, c.key, c.kind, c.sourceId, c.valueAsWritten, c.dateEarliest, c.dateLatest,
                               c.datePrecision, c.dateDays, c.quantityAmount, c.quantityUnit, c.quantityQualifier,
                               c.quantityUpper, c.quoteText, c.textValue, c.valueEntityId, c.stance, c.setItems, c.setExclusive
                        """ + STORY_CLAIMS + " order by c.factId, c.id", Object[].class)
                .setParameter("story", storyId).getResultStream()
                .forEach(r -> builder.add((String) r[0], (Long) r[1], compared(r, sources, entities)));
        Map<String, Long> sourceIds = new HashMap<>();
        sources.forEach((id, key) -> sourceIds.put(key, id));
        return builder.build(sourceIds);
    }

    private record Speaker(String key, Set<String> names) {
        static Speaker of(Object[] row) {
            Set<String> names = new LinkedHashSet<>();
            names.add((String) row[2]);
            @SuppressWarnings("unchecked")
            List<String> aliases = (List<String>) row[3];
            if (aliases != null) {
                names.addAll(aliases);
            }
            return new Speaker((String) row[1], names);
        }
    }

    @SuppressWarnings("unchecked")
    private static ComparedClaim compared(Object[] r, Map<Long, String> sources, Map<Long, Speaker> entities) {
        // a detached claim holding only the value columns: it turns them into the typed value the same way a stored claim does
        Claim columns = new Claim();
        columns.kind = (FactKind) r[3];
        columns.dateEarliest = (LocalDate) r[6];
        columns.dateLatest = (LocalDate) r[7];
        columns.datePrecision = (DatePrecision) r[8];
        columns.dateDays = (LocalDate[]) r[9];
        columns.quantityAmount = (BigDecimal) r[10];
        columns.quantityUnit = (String) r[11];
        columns.quantityQualifier = (Qualifier) r[12];
        columns.quantityUpper = (BigDecimal) r[13];
        columns.quoteText = (String) r[14];
        columns.textValue = (String) r[15];
        columns.valueEntityId = (Long) r[16];
        columns.stance = (Stance) r[17];
        columns.setItems = (List<String>) r[18];
        columns.setExclusive = (Boolean) r[19];
        Speaker speaker = columns.valueEntityId == null ? null : entities.get(columns.valueEntityId);
        String source = sources.get((Long) r[4]);
        // explanations are never part of a consensus, so the source's key stands in for its label
        return new ComparedClaim((String) r[2], source, source, (String) r[5], columns.getValue(),
                speaker == null ? null : speaker.key(), speaker == null ? Set.of() : speaker.names());
    }

    /** Groups the claims of each fact (they arrive fact by fact) into candidate values. */
    private static final class Builder {
        private final Tolerances tolerances;
        private final Closeness closeness;
        private final List<Problem.Item> items = new ArrayList<>();
        private final Map<String, Long> factIds = new HashMap<>();
        private final Map<String, List<List<ComparedClaim>>> classes = new HashMap<>();
        private String fact;
        private List<ComparedClaim> claims = new ArrayList<>();

        Builder(Tolerances tolerances, Closeness closeness) {
            this.tolerances = tolerances;
            this.closeness = closeness;
        }

        void add(String factKey, long factId, ComparedClaim claim) {
            if (!factKey.equals(fact)) {
                finishFact();
                fact = factKey;
                factIds.put(factKey, factId);
            }
            claims.add(claim);
        }

        StoryProblem build(Map<String, Long> sourceIds) {
            finishFact();
            return new StoryProblem(new Problem(items), factIds, classes, sourceIds);
        }

        private void finishFact() {
            if (fact == null) {
                return;
            }
            Candidates candidates = Candidates.of(fact, claims, tolerances, closeness);
            items.add(candidates.item());
            classes.put(fact, candidates.values());
            claims = new ArrayList<>();
        }
    }
}
