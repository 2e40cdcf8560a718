package io.corroborate.consensus;

import io.corroborate.api.AnyOf;
import io.corroborate.api.Batch;
import io.corroborate.api.NotFoundException;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import io.corroborate.source.Source;
import io.corroborate.story.Story;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.Map;

@GraphQLApi
public class ConsensusApi {

    private final ConsensusStore store;

    public ConsensusApi(ConsensusStore store) {
        this.store = store;
    }

    @Description("The best-supported value of this fact, from its story's claims, and how confident the strategy is; null"
            + " while no claim is recorded or until the story's first run (within seconds of its first claim).")
    public List<FactConsensus> consensus(@org.eclipse.microprofile.graphql.Source List<Fact> facts,
                                         @Name("strategy") @DefaultValue("ACCU") @Description("ACCU (default) or MAJORITY.") ConsensusStrategy strategy) {
        Map<Long, FactConsensus> results = store.forFacts(strategy, Batch.ids(facts, f -> f.id));
        return facts.stream().map(f -> results.get(f.id)).toList();
    }

    @Description("How far to trust this source. Consensus is computed story by story, each story from its own claims;"
            + " with story, the estimate within that story, else the estimates of the stories the source appears in,"
            + " combined: score weighted by facts, counts summed, copyWeight the lowest, computedAt the oldest. Null while"
            + " no computed story has a claim of it.")
    public List<SourceReliability> reliability(@org.eclipse.microprofile.graphql.Source List<Source> sources,
                                               @Name("strategy") @DefaultValue("ACCU") @Description("ACCU (default) or MAJORITY.") ConsensusStrategy strategy,
                                               @Name("story") @Description("Only this story's estimate (a story id).") @Id String story) {
        Long storyId = story == null ? null : Story.byKey(story).orElseThrow(() -> new NotFoundException("story", story)).id;
        Map<Long, SourceReliability> results = store.forSources(strategy, Batch.ids(sources, s -> s.id), storyId);
        return sources.stream().map(s -> results.get(s.id)).toList();
    }

    @Description("The claims that state the consensus value.")
    public @NonNull List<List<@NonNull Claim>> claims(@org.eclipse.microprofile.graphql.Source List<FactConsensus> consensus) {
        return Batch.named(consensus.stream().map(FactConsensus::claimIds).toList(), k -> Claim.<Claim>list("any_of(key, ?1)", AnyOf.keys(k)), c -> c.key);
    }

    @Name("source")
    @Description("The other source.")
    public @NonNull List<@NonNull Source> copySource(@org.eclipse.microprofile.graphql.Source List<LikelyCopy> copies) {
        return byKey(copies.stream().map(LikelyCopy::sourceId).toList());
    }

    @Description("The source.")
    public @NonNull List<@NonNull Source> source(@org.eclipse.microprofile.graphql.Source List<FactConsensus.Contribution> contributions) {
        return byKey(contributions.stream().map(FactConsensus.Contribution::sourceId).toList());
    }

    private static List<Source> byKey(List<String> keys) {
        Map<String, Source> sources = Batch.index(Source.<Source>list("any_of(key, ?1)", AnyOf.keys(keys.stream().distinct().toList())), s -> s.key);
        return keys.stream().map(sources::get).toList();
    }
}
