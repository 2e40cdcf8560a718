package io.corroborate.api;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many items the lists of the schema that have no page size can return, from the data as it is: for each such
 * list, the largest counts in the database (the stories with the most facts, the facts with the most claims…), so
 * the query cost (QueryLimits) can say how many claims the facts of a page can hold at most, not a guess. Read at
 * the first query and then every corroborate.graphql.list-sizes-every; a list that grew since is covered by the
 * limit's margin until the next reading. The corpus load and every bulk import read them again at once.
 */
@ApplicationScoped
public class ListSizes {

    /** Each list field ("Type.field"), by the counts that bound it: the columns of COUNTS, in order. */
    private static final List<List<String>> FIELDS = List.of(
            List.of("Query.stories"),
            List.of("Query.sources"),
            List.of("Query.entities"),
            List.of("Story.facts"),
            List.of("Story.sources"),
            List.of("Source.claims", "SourcePair.agree", "SourcePair.consistent", "SourcePair.conflict",
                    "SourcePair.wordingDiffers", "SourcePair.onlyA", "SourcePair.onlyB"),
            List.of("Entity.claims"),
            List.of("Entity.factsAbout"),
            List.of("Entity.relations"),
            List.of("Fact.entities"),
            List.of("Fact.claims", "Fact.retractedClaims", "Comparison.groups", "ClaimGroup.claims", "ClaimGroup.sources",
                    "Conflict.left", "Conflict.right", "Consensus.claims", "Consensus.alternatives", "Consensus.contributions"),
            List.of("Fact.history"),
            List.of("Claim.history"));

    /** Per column: the total number of items, then the largest counts per parent, largest first (at most TOP). */
    private static final String COUNTS = """
            select %s,
                   %s, %s, %s, %s, %s, %s, %s, %s, %s, %s
            """.formatted(
            "(select array[count(*), count(*)] from {h-schema}story), (select array[count(*), count(*)] from {h-schema}source),"
                    + " (select array[count(*), count(*)] from {h-schema}entity)",
            largest("select count(*) n from {h-schema}fact group by story_id"),
            largest("select count(distinct c.source_id) n from {h-schema}claim c join {h-schema}fact f on f.id = c.fact_id group by f.story_id"),
            largest("select count(*) n from {h-schema}claim group by source_id"),
            largest("select count(*) n from {h-schema}claim where value_entity_id is not null group by value_entity_id"),
            largest("select count(*) n from {h-schema}fact_entity group by entity_id"),
            largest("select count(*) n from (select subject_id e from {h-schema}entity_relation"
                    + " union all select object_id from {h-schema}entity_relation) r group by e"),
            largest("select count(*) n from {h-schema}fact_entity group by fact_id"),
            largest("select count(*) n from {h-schema}claim group by fact_id"),
            largest("select count(*) n from {h-schema}audit_event where fact_key is not null group by fact_key"),
            largest("select count(*) n from {h-schema}audit_event group by target_type, target_key"));

    private static final int TOP = 100;

    /** The lists under one object looked up by its id (story(id:) { facts }), counted exactly. */
    private static final Map<String, String> EXACT = Map.of(
            "Story.facts", "select count(*) from {h-schema}fact f join {h-schema}story s on s.id = f.story_id where s.key = ?1",
            "Story.sources", "select count(distinct c.source_id) from {h-schema}claim c join {h-schema}fact f on f.id = c.fact_id"
                    + " join {h-schema}story s on s.id = f.story_id where s.key = ?1",
            "Source.claims", "select count(*) from {h-schema}claim c join {h-schema}source s on s.id = c.source_id where s.key = ?1",
            "Fact.claims", "select count(*) from {h-schema}claim c join {h-schema}fact f on f.id = c.fact_id where f.key = ?1",
            "Entity.claims", "select count(*) from {h-schema}claim c join {h-schema}entity e on e.id = c.value_entity_id where e.key = ?1",
            "Entity.factsAbout", "select count(*) from {h-schema}fact_entity x join {h-schema}entity e on e.id = x.entity_id where e.key = ?1");

    /** Lists whose items each belong to one parent only. */
    private static final Set<String> OWNED = Set.of("Query.stories", "Query.sources", "Query.entities",
            "Story.facts", "Source.claims", "Fact.claims", "Fact.retractedClaims", "Fact.history", "Claim.history",
            "Comparison.groups", "Comparison.conflicts", "ClaimGroup.claims", "Consensus.alternatives", "Consensus.contributions");

    private final EntityManager entities;
    private volatile Map<String, Fanout> sizes;

    public ListSizes(EntityManager entities) {
        this.entities = entities;
    }

    private static String largest(String countsPerParent) {
        return "(select array[coalesce(sum(n), 0)] || (array_agg(n order by n desc))[1:" + TOP + "] from (" + countsPerParent + ") t)";
    }

    /**
     * The most items the list field "Type.field" can return in all under the given number of parent objects, or null
     * when the field is not one of the unpaged lists. Parents known to be distinct (the facts of a page) hold at most
     * what the parents with the longest lists hold; parents that may repeat (the source of each claim) may each be
     * the one with the longest list.
     */
    public Long items(String field, long parents, boolean distinctParents) {
        Map<String, Fanout> known = sizes;
        if (known == null) {
            known = read();
        }
        Fanout fanout = field.equals("Comparison.conflicts") ? known.get("Comparison.groups").pairs() : known.get(field);
        if (fanout == null) {
            return null;
        }
        return distinctParents ? fanout.items(parents) : fanout.repeated(parents);
    }

    /**
     * How many items the list field "Type.field" holds under the one object with this id, counted now; null when it
     * is not counted that way (then items() bounds it).
     */
    @Transactional
    public Long exactly(String field, String id) {
        String count = EXACT.get(field);
        return count == null ? null : ((Number) entities.createNativeQuery(count).setParameter(1, id).getSingleResult()).longValue();
    }

    /** Whether each item of the list belongs to one parent only, so distinct parents give distinct items. */
    public static boolean owned(String field) {
        return OWNED.contains(field);
    }

    @Scheduled(every = "${corroborate.graphql.list-sizes-every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        read();
    }

    /** Reads the longest lists again: on schedule, after the corpus load and after each bulk import. */
    @Transactional
    public Map<String, Fanout> read() {
        Object[] columns = (Object[]) entities.createNativeQuery(COUNTS).getSingleResult();
        Map<String, Fanout> read = new HashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            Fanout fanout = Fanout.of((Object[]) columns[i]);
            FIELDS.get(i).forEach(field -> read.put(field, fanout));
        }
        sizes = Map.copyOf(read);
        return sizes;
    }

    /** The items of one kind of list: how many in all, and the largest counts under one parent, largest first. */
    record Fanout(long total, long[] largest) {

        static Fanout of(Object[] column) {
            long[] numbers = Arrays.stream(column).mapToLong(n -> n == null ? 0 : ((Number) n).longValue()).toArray();
            return new Fanout(numbers[0], Arrays.copyOfRange(numbers, 1, numbers.length));
        }

        /** Parents that may repeat: each one may be the parent with the most items. */
        long repeated(long parents) {
            long most = largest.length == 0 ? 0 : largest[0];
            return most > 0 && parents > Long.MAX_VALUE / most ? Long.MAX_VALUE : parents * most;
        }

        /** Distinct parents: at most the items of the parents with the most, and never more than there are. */
        long items(long parents) {
            long sum = 0;
            for (int i = 0; i < largest.length && i < parents; i++) {
                sum += largest[i];
            }
            if (parents > largest.length && largest.length > 0) {
                sum += (parents - largest.length) * largest[largest.length - 1];
            }
            return largest.length == 0 ? Math.min(total, parents) : Math.min(sum, total);
        }

        /** Pairs of items under each parent (the conflicts between the groups of a fact's claims). */
        Fanout pairs() {
            long[] pairs = Arrays.stream(largest).map(n -> n * (n - 1) / 2).toArray();
            long rest = Math.max(0, total - Arrays.stream(largest).sum());
            long smallest = largest.length == 0 ? 1 : largest[largest.length - 1];
            return new Fanout(Arrays.stream(pairs).sum() + rest * Math.max(1, smallest - 1), pairs);
        }
    }
}
