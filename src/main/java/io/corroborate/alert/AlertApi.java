package io.corroborate.alert;

import io.corroborate.api.AnyOf;
import io.corroborate.api.Batch;
import io.corroborate.consensus.ConsensusStore;
import io.corroborate.fact.Fact;
import io.smallrye.mutiny.Multi;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import io.smallrye.graphql.api.Subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;

@GraphQLApi
public class AlertApi {

    private final AlertFeed feed;
    private final ConsensusStore consensus;

    public AlertApi(AlertFeed feed, ConsensusStore consensus) {
        this.feed = feed;
        this.consensus = consensus;
    }

    @Subscription("storyAlerts")
    @Description("Live alerts of one story over WebSocket (graphql-transport-ws or graphql-ws at /graphql): one event each"
            + " time a committed write opens, changes or resolves a conflict of one of its facts, and each time a consensus run"
            + " changes a fact's best-supported value, whichever replica took the write. Events are not replayed: after a"
            + " reconnect, query the story again. Signed-in clients send their token in connection_init as"
            + " {\"Authorization\": \"Bearer …\"}. An unknown story is refused with NOT_FOUND.")
    public Multi<StoryAlert> storyAlerts(
            @Name("story") @Id @NonNull @Description("The story's id, e.g. \"russia-recognizes-taliban-2025\".") String story,
            @Name("kinds") @Description("Only alerts of these kinds (default: all).") List<AlertKind> kinds) {
        return feed.of(story, kinds == null || kinds.isEmpty() ? Set.of(AlertKind.values()) : kinds.stream().filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    @Description("The fact that changed, as it is now.")
    public List<@NonNull Fact> fact(@Source List<StoryAlert> alerts) {
        // the session lives as long as the subscription's connection: each event reads the fact and what hangs on it afresh
        Fact.getEntityManager().clear();
        List<Long> ids = alerts.stream().map(StoryAlert::factId).distinct().toList();
        return Batch.references(alerts, StoryAlert::factId, Fact.<Fact>list("any_of(id, ?1)", AnyOf.ids(ids)), f -> f.id);
    }

    @Description("CONSENSUS_CHANGED: the distinct values as written of the best-supported value before the run (null if the"
            + " fact had none, or the previous run is no longer kept); null for conflict alerts.")
    public List<List<@NonNull String>> valuesBefore(@Source List<StoryAlert> alerts) {
        return values(alerts, StoryAlert::runBefore);
    }

    @Description("CONSENSUS_CHANGED: the distinct values as written of the best-supported value after the run (null if the"
            + " fact no longer has one); null for conflict alerts.")
    public List<List<@NonNull String>> valuesAfter(@Source List<StoryAlert> alerts) {
        return values(alerts, StoryAlert::runAfter);
    }

    private List<List<String>> values(List<StoryAlert> alerts, Function<StoryAlert, Long> run) {
        Map<List<Long>, List<String>> values = consensus.values(alerts.stream().map(run).filter(Objects::nonNull).distinct().toList(),
                alerts.stream().map(StoryAlert::factId).distinct().toList());
        List<List<String>> result = new ArrayList<>(alerts.size());
        alerts.forEach(a -> result.add(run.apply(a) == null ? null : values.get(List.of(run.apply(a), a.factId()))));
        return result;
    }
}
