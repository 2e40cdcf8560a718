package io.corroborate.compare;

import io.corroborate.api.AnyOf;
import io.corroborate.api.BadUserInputException;
import io.corroborate.api.Batch;
import io.corroborate.api.Cursor;
import io.corroborate.api.NotFoundException;
import io.corroborate.api.PageInfo;
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
import java.util.Comparator;
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
    public List<FactComparison> comparison(@org.eclipse.microprofile.graphql.Source List<Fact> facts) {
        Map<Long, StoredComparison> stored = store.forFacts(Batch.ids(facts, f -> f.id));
        return facts.stream().map(f -> stored.get(f.id).comparison).toList();
    }

    @Description("The claims of the group.")
    public List<List<Claim>> claims(@org.eclipse.microprofile.graphql.Source List<FactComparison.Group> groups) {
        return claimsByKeys(groups.stream().map(FactComparison.Group::claimIds).toList());
    }

    @Description("The sources behind the group's claims.")
    public List<List<Source>> sources(@org.eclipse.microprofile.graphql.Source List<FactComparison.Group> groups) {
        return Batch.named(groups.stream().map(FactComparison.Group::sourceIds).toList(),
                keys -> Source.<Source>list("any_of(key, ?1)", AnyOf.keys(keys)), s -> s.key);
    }

    @Description("The claims on one side of the conflict.")
    public List<List<Claim>> left(@org.eclipse.microprofile.graphql.Source List<FactComparison.Conflict> conflicts) {
        return claimsByKeys(conflicts.stream().map(FactComparison.Conflict::leftClaimIds).toList());
    }

    @Description("The claims on the other side of the conflict.")
    public List<List<Claim>> right(@org.eclipse.microprofile.graphql.Source List<FactComparison.Conflict> conflicts) {
        return claimsByKeys(conflicts.stream().map(FactComparison.Conflict::rightClaimIds).toList());
    }

    @Query("discrepancies")
    @Description("A fact-checker's worklist: the facts whose sources conflict, most severe first"
            + " (misattributions, then contradicting values, units, wordings; more claims involved first).")
    public DiscrepancyConnection discrepancies(
            @Name("story") @Id @Description("Only facts of this story (story id).") String story,
            @Name("kinds") @Description("Only facts with a conflict of one of these kinds.") List<ConflictKind> kinds,
            @Name("first") @Description("Page size (default 20, at most 100).") Integer first,
            @Name("after") @Description("Return the facts after this cursor (an endCursor of a previous page).") String after) {
        int size = paging.size(first);
        List<Long> stories = story == null ? null
                : List.of(Story.byKey(story).orElseThrow(() -> new NotFoundException("story", story)).id);
        Set<String> wanted = kinds == null || kinds.isEmpty() ? null : kinds.stream().map(Enum::name).collect(Collectors.toSet());
        List<StoredComparison> worklist = store.forStories(stories).stream()
                .filter(c -> c.verdict == Verdict.CONFLICT)
                .filter(c -> wanted == null || c.conflictKinds.stream().anyMatch(wanted::contains))
                .sorted(Comparator.<StoredComparison>comparingInt(c -> -c.severity).thenComparing(c -> c.factId))
                .toList();
        int offset = after == null ? 0 : (int) Cursor.decode(LISTING, after, "after");
        List<StoredComparison> page = worklist.subList(Math.min(offset, worklist.size()), Math.min(offset + size, worklist.size()));
        Map<Long, Fact> facts = Batch.index(Fact.<Fact>list("any_of(id, ?1)", AnyOf.ids(page.stream().map(c -> c.factId).toList())), f -> f.id);
        List<DiscrepancyConnection.Edge> edges = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            edges.add(new DiscrepancyConnection.Edge(Cursor.encode(LISTING, offset + i + 1L), facts.get(page.get(i).factId)));
        }
        return new DiscrepancyConnection(edges, new PageInfo(offset + size < worklist.size(), offset > 0,
                edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()),
                worklist.size());
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
        return new Pairing(first, second, config.tolerances()).result();
    }

    @Description("How often the other sources corroborate or contradict this one.")
    public List<SourceAgreement> agreement(@org.eclipse.microprofile.graphql.Source List<Source> sources) {
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
    private record Pairing(Source a, Source b, Tolerances tolerances) {

        SourcePair result() {
            List<Claim> claims = Claim.list("any_of(sourceId, ?1) and retractedAt is null order by id", AnyOf.ids(List.of(a.id, b.id)));
            Map<Long, List<Claim>> byFact = claims.stream().collect(Collectors.groupingBy(c -> c.factId));
            Map<Long, Fact> facts = Batch.index(Fact.<Fact>list("any_of(id, ?1) order by id", AnyOf.ids(List.copyOf(byFact.keySet()))), f -> f.id);
            List<Long> entityIds = claims.stream().map(c -> c.valueEntityId).filter(java.util.Objects::nonNull).distinct().toList();
            Map<Long, NamedEntity> entities = entityIds.isEmpty() ? new java.util.HashMap<>() : Batch.index(NamedEntity.<NamedEntity>list("any_of(id, ?1)", AnyOf.ids(entityIds)), e -> e.id);
            List<Fact> agree = new ArrayList<>();
            List<Fact> consistent = new ArrayList<>();
            List<Fact> conflict = new ArrayList<>();
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
                switch (Comparison.fact(compared, tolerances).verdict()) {
                    case AGREE -> agree.add(facts.get(factId));
                    case CONFLICT -> conflict.add(facts.get(factId));
                    default -> consistent.add(facts.get(factId));
                }
            }
            return new SourcePair(a, b, agree, consistent, conflict, onlyA, onlyB);
        }
    }
}
