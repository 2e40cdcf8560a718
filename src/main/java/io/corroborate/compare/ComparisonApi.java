package io.corroborate.compare;

import io.corroborate.api.AnyOf;
import io.corroborate.api.BadUserInputException;
import io.corroborate.api.Batch;
import io.corroborate.api.NotFoundException;
import io.corroborate.api.Window;
import io.corroborate.api.PagingConfig;
import io.corroborate.entity.NamedEntity;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.source.Source;
import io.corroborate.story.Story;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@GraphQLApi
public class ComparisonApi {

    private static final String LISTING = "discrepancy";

    private final ComparisonStore store;
    private final PagingConfig paging;
    private final CompareConfig config;

    public ComparisonApi(ComparisonStore store, PagingConfig paging, CompareConfig config) {
        this.store = store;
        this.paging = paging;
        this.config = config;
    }

    @Description("Whether the sources agree on this fact, differ in precision, or conflict, and why.")
    public @NonNull List<@NonNull FactComparison> comparison(@org.eclipse.microprofile.graphql.Source List<Fact> facts) {
        Map<Long, StoredComparison> stored = store.forFacts(Batch.ids(facts, f -> f.id));
        return facts.stream().map(f -> stored.get(f.id).comparison).toList();
    }

    @Description("True while a change (to this fact's claims, a quote elsewhere in the story that shares its words, an"
            + " entity or source it names) waits for the fact to be compared again; `comparison` shows the previous"
            + " result meanwhile. Changes made through the API are compared before the API answers; bulk imports are"
            + " compared in the background within seconds.")
    public @NonNull List<@NonNull Boolean> comparisonPending(@org.eclipse.microprofile.graphql.Source List<Fact> facts) {
        Set<Long> pending = store.pending(Batch.ids(facts, f -> f.id));
        return facts.stream().map(f -> pending.contains(f.id)).toList();
    }

    @Description("How many facts in the worklist's scope (its story, or all stories) wait to be compared again after a"
            + " change: while this is not 0 the worklist may still gain or lose facts.")
    public int pendingFacts(@org.eclipse.microprofile.graphql.Source DiscrepancyConnection connection) {
        return Math.toIntExact(connection.pending().get());
    }

    @Description("Where the fact's conflict stands in review (OPEN, CONFIRMED, DISMISSED), with the last decision; OPEN for"
            + " a fact without conflict.")
    public @NonNull List<@NonNull Review> review(@org.eclipse.microprofile.graphql.Source List<Fact> facts) {
        Map<Long, ConflictReview> rows = Batch.index(ConflictReview.<ConflictReview>list("any_of(factId, ?1)",
                AnyOf.ids(Batch.ids(facts, f -> f.id))), r -> r.factId);
        return facts.stream().map(f -> Review.of(rows.get(f.id))).toList();
    }

    @Description("The claims of the group.")
    public @NonNull List<List<@NonNull Claim>> claims(@org.eclipse.microprofile.graphql.Source List<FactComparison.Group> groups) {
        return claimsByKeys(groups.stream().map(FactComparison.Group::claimIds).toList());
    }

    @Description("The sources behind the group's claims.")
    public @NonNull List<List<@NonNull Source>> sources(@org.eclipse.microprofile.graphql.Source List<FactComparison.Group> groups) {
        return Batch.named(groups.stream().map(FactComparison.Group::sourceIds).toList(),
                keys -> Source.<Source>list("any_of(key, ?1)", AnyOf.keys(keys)), s -> s.key);
    }

    @Description("The claims on one side of the conflict.")
    public @NonNull List<List<@NonNull Claim>> left(@org.eclipse.microprofile.graphql.Source List<FactComparison.Conflict> conflicts) {
        return claimsByKeys(conflicts.stream().map(FactComparison.Conflict::leftClaimIds).toList());
    }

    @Description("The claims on the other side of the conflict.")
    public @NonNull List<List<@NonNull Claim>> right(@org.eclipse.microprofile.graphql.Source List<FactComparison.Conflict> conflicts) {
        return claimsByKeys(conflicts.stream().map(FactComparison.Conflict::rightClaimIds).toList());
    }

    @Query("discrepancies")
    @Description("A fact-checker's worklist: the facts whose sources conflict, most severe first"
            + " (misattributions, then contradicting values, units, wordings; more claims involved first)."
            + " Cursors hold a fact's place in that order, so paging goes on correctly while verdicts change.")
    public @NonNull DiscrepancyConnection discrepancies(
            @Name("story") @Id @Description("Only facts of this story (story id).") String story,
            @Name("kinds") @Description("Only facts with a conflict of one of these kinds.") List<ConflictKind> kinds,
            @Name("review") @Description("Only facts whose conflict stands so in review; default OPEN and CONFIRMED (dismissed"
                    + " conflicts stay on their facts, off the worklist).") List<ReviewStatus> review,
            @Name("first") @Description("Page size counted from the top or from `after` (default 20, at most 100).") Integer first,
            @Name("after") @Description("Return the facts after this cursor (an endCursor of a previous page).") String after,
            @Name("last") @Description("Page size counted from the bottom or from `before`; not with `first`.") Integer last,
            @Name("before") @Description("Return the facts before this cursor (a startCursor of a later page).") String before) {
        Window window = Window.of(paging, LISTING, 2, first, after, last, before);
        if (kinds != null && kinds.contains(null) || review != null && review.contains(null)) {
            throw new BadUserInputException(kinds != null && kinds.contains(null) ? "kinds" : "review", "must not hold null");
        }
        Long storyId = story == null ? null : Story.byKey(story).orElseThrow(() -> new NotFoundException("story", story)).id;
        Worklist worklist = new Worklist(storyId, kinds == null || kinds.isEmpty() ? null
                : kinds.stream().map(Enum::name).toArray(String[]::new),
                review == null || review.isEmpty() ? java.util.Set.of(ReviewStatus.OPEN, ReviewStatus.CONFIRMED) : java.util.Set.copyOf(review));
        List<StoredComparison> rows = worklist.rows(window);
        Map<Long, Fact> facts = Batch.index(Fact.<Fact>list("any_of(id, ?1)", AnyOf.ids(rows.stream().map(c -> c.factId).toList())), f -> f.id);
        Window.Page<Fact> page = window.page(rows, c -> new long[] {c.severity, c.factId}, c -> facts.get(c.factId),
                () -> worklist.beyond(window));
        return new DiscrepancyConnection(page.edges().stream().map(e -> new DiscrepancyConnection.Edge(e.cursor(), e.node())).toList(),
                page.pageInfo(), worklist::count, () -> store.pendingFacts(storyId));
    }

    @Description("How many conflicting facts match across all pages (counted only when asked for).")
    public int totalCount(@org.eclipse.microprofile.graphql.Source DiscrepancyConnection connection) {
        return connection.count().get();
    }

    /** The conflicting facts of a story (all stories when null), optionally of some conflict kinds, most severe first. */
    private record Worklist(Long story, String[] kinds, java.util.Set<ReviewStatus> review) {

        private static final String AFTER = "(c.severity < :as or (c.severity = :as and c.factId > :af))";
        private static final String BEFORE = "(c.severity > :bs or (c.severity = :bs and c.factId < :bf))";
        private static final String UP_TO_AFTER = "(c.severity > :as or (c.severity = :as and c.factId <= :af))";
        private static final String FROM_BEFORE = "(c.severity < :bs or (c.severity = :bs and c.factId >= :bf))";

        List<StoredComparison> rows(Window window) {
            StringBuilder where = new StringBuilder(where());
            if (window.after() != null) {
                where.append(" and ").append(AFTER);
            }
            if (window.before() != null) {
                where.append(" and ").append(BEFORE);
            }
            String order = window.backward() ? " order by c.severity asc, c.factId desc" : " order by c.severity desc, c.factId asc";
            var query = StoredComparison.getEntityManager().createQuery("from StoredComparison c where " + where + order, StoredComparison.class);
            bind(query, window.after(), "as", "af");
            bind(query, window.before(), "bs", "bf");
            return filters(query).setMaxResults(window.limit()).getResultList();
        }

        /** Whether a row lies at or beyond the cursor the window starts from. */
        boolean beyond(Window window) {
            long[] cursor = window.backward() ? window.before() : window.after();
            var query = StoredComparison.getEntityManager().createQuery("select c.factId from StoredComparison c where " + where()
                    + " and " + (window.backward() ? FROM_BEFORE : UP_TO_AFTER), Long.class);
            bind(query, cursor, window.backward() ? "bs" : "as", window.backward() ? "bf" : "af");
            return !filters(query).setMaxResults(1).getResultList().isEmpty();
        }

        int count() {
            return filters(StoredComparison.getEntityManager().createQuery("select count(*) from StoredComparison c where " + where(), Long.class))
                    .getSingleResult().intValue();
        }

        private String where() {
            return "c.verdict = :conflict" + (story == null ? "" : " and c.storyId = :story")
                    + (kinds == null ? "" : " and shares_any(c.conflictKinds, :kinds)") + reviewed();
        }

        /** The review filter: a decision counts until the fact's claims change (it is then outdated, the conflict open). */
        private String reviewed() {
            if (review.containsAll(java.util.EnumSet.allOf(ReviewStatus.class))) {
                return "";
            }
            String decided = "exists (select 1 from ConflictReview r where r.factId = c.factId and r.outdated = false and r.status in :decided)";
            String open = "not exists (select 1 from ConflictReview r where r.factId = c.factId and r.outdated = false)";
            if (!review.contains(ReviewStatus.OPEN)) {
                return " and " + decided;
            }
            return " and (" + open + (decided().isEmpty() ? "" : " or " + decided) + ")";
        }

        /** The decisions the filter lets through; bound as :decided whenever reviewed() names it. */
        private List<ReviewStatus> decided() {
            return review.containsAll(java.util.EnumSet.allOf(ReviewStatus.class)) ? List.of()
                    : review.stream().filter(s -> s != ReviewStatus.OPEN).toList();
        }

        private <Q extends jakarta.persistence.Query> Q filters(Q query) {
            query.setParameter("conflict", Verdict.CONFLICT);
            if (story != null) {
                query.setParameter("story", story);
            }
            if (kinds != null) {
                query.setParameter("kinds", kinds);
            }
            if (!decided().isEmpty()) {
                query.setParameter("decided", decided());
            }
            return query;
        }

        private static void bind(jakarta.persistence.Query query, long[] cursor, String severity, String fact) {
            if (cursor != null) {
                query.setParameter(severity, (int) cursor[0]).setParameter(fact, cursor[1]);
            }
        }
    }

    @Query("compareSources")
    @Description("Two sources side by side: the facts where they agree, are consistent or conflict, judged on their"
            + " own claims only, and the facts only one of them reports.")
    public SourcePair compareSources(
            @Name("a") @Id @NonNull @Description("The first source's id.") String a,
            @Name("b") @Id @NonNull @Description("The second source's id.") String b) {
        if (a.equals(b)) {
            throw new BadUserInputException("b", "compare a source with another one, not with itself");
        }
        Source first = Source.byKey(a).orElseThrow(() -> new NotFoundException("source", a));
        Source second = Source.byKey(b).orElseThrow(() -> new NotFoundException("source", b));
        return new Pairing(first, second, config.tolerances(), ComparisonStore.graph()).result();
    }

    @Description("How often the other sources corroborate or contradict this one.")
    public @NonNull List<@NonNull SourceAgreement> agreement(@org.eclipse.microprofile.graphql.Source List<Source> sources) {
        List<Claim> claims = Claim.list("any_of(sourceId, ?1) and retractedAt is null", AnyOf.ids(Batch.ids(sources, s -> s.id)));
        Map<Long, StoredComparison> comparisons = store.forFacts(claims.stream().map(c -> c.factId).distinct().toList());
        return sources.stream().map(source -> agreement(source, claims, comparisons)).toList();
    }

    private static SourceAgreement agreement(Source source, List<Claim> claims, Map<Long, StoredComparison> comparisons) {
        List<Long> factIds = claims.stream().filter(c -> c.sourceId.equals(source.id)).map(c -> c.factId).distinct().toList();
        int shared = 0;
        int corroborated = 0;
        int contradicted = 0;
        for (Long factId : factIds) {
            List<FactComparison.Standing> own = comparisons.get(factId).comparison.standings().stream()
                    .filter(s -> s.source().equals(source.key)).toList();
            boolean others = comparisons.get(factId).comparison.standings().stream().anyMatch(s -> !s.source().equals(source.key));
            shared += others ? 1 : 0;
            corroborated += own.stream().anyMatch(s -> !s.corroboratedBy().isEmpty()) ? 1 : 0;
            contradicted += own.stream().anyMatch(s -> !s.contradictedBy().isEmpty()) ? 1 : 0;
        }
        return new SourceAgreement(factIds.size(), shared, corroborated, contradicted,
                shared == 0 ? null : (double) corroborated / shared);
    }

    private static List<List<Claim>> claimsByKeys(List<List<String>> keys) {
        return Batch.named(keys, k -> Claim.<Claim>list("any_of(key, ?1)", AnyOf.keys(k)), c -> c.key);
    }

    /** Compares two sources fact by fact, on their claims alone. */
    private record Pairing(Source a, Source b, Tolerances tolerances, EntityGraph graph) {

        SourcePair result() {
            List<Claim> claims = Claim.list("any_of(sourceId, ?1) and retractedAt is null order by id", AnyOf.ids(List.of(a.id, b.id)));
            Map<Long, List<Claim>> byFact = claims.stream().collect(Collectors.groupingBy(c -> c.factId));
            Map<Long, Fact> facts = Batch.index(Fact.<Fact>list("any_of(id, ?1) order by id", AnyOf.ids(List.copyOf(byFact.keySet()))), f -> f.id);
            List<Long> entityIds = claims.stream().map(c -> c.valueEntityId).filter(java.util.Objects::nonNull).distinct().toList();
            Map<Long, NamedEntity> entities = entityIds.isEmpty() ? new java.util.HashMap<>() : Batch.index(NamedEntity.<NamedEntity>list("any_of(id, ?1)", AnyOf.ids(entityIds)), e -> e.id);
            List<Fact> agree = new ArrayList<>();
            List<Fact> consistent = new ArrayList<>();
            List<Fact> conflict = new ArrayList<>();
            List<Fact> wordingDiffers = new ArrayList<>();
            List<Fact> onlyA = new ArrayList<>();
            List<Fact> onlyB = new ArrayList<>();
            for (Long factId : byFact.keySet().stream().sorted().toList()) {
                List<Claim> factClaims = byFact.get(factId);
                boolean hasA = factClaims.stream().anyMatch(c -> c.sourceId.equals(a.id));
                boolean hasB = factClaims.stream().anyMatch(c -> c.sourceId.equals(b.id));
                if (!hasA || !hasB) {
                    (hasA ? onlyA : onlyB).add(facts.get(factId));
                    continue;
                }
                List<ComparedClaim> compared = factClaims.stream()
                        .map(c -> ComparisonStore.compared(c, c.sourceId.equals(a.id) ? a : b, entities.get(c.valueEntityId))).toList();
                switch (Comparison.fact(compared, tolerances, graph).verdict()) {
                    case AGREE -> agree.add(facts.get(factId));
                    case CONFLICT -> conflict.add(facts.get(factId));
                    case WORDING_DIFFERS -> wordingDiffers.add(facts.get(factId));
                    default -> consistent.add(facts.get(factId));
                }
            }
            return new SourcePair(a, b, agree, consistent, conflict, wordingDiffers, onlyA, onlyB);
        }
    }
}
