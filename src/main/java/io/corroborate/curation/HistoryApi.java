package io.corroborate.curation;

import io.corroborate.api.AnyOf;
import io.corroborate.api.PageInfo;
import io.corroborate.api.Window;
import io.corroborate.api.PagingConfig;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;
import java.util.function.Function;

/** The audit log, per claim, per fact and as a feed of recent changes. */
@GraphQLApi
public class HistoryApi {

    private static final String LISTING = "change";

    private final PagingConfig paging;

    public HistoryApi(PagingConfig paging) {
        this.paging = paging;
    }

    @Type("ChangeConnection")
    @Description("One page of the audit log, newest first (Relay cursor connection).")
    public record ChangeConnection(
            @NonNull @Description("The changes of this page, each with its cursor.") List<@NonNull ChangeEdge> edges,
            @NonNull @Description("The changes of this page, without cursors.") List<@NonNull AuditEvent> changes,
            @NonNull @Description("Where this page stands in the whole log.") PageInfo pageInfo) {
    }

    @Type("ChangeEdge")
    @Description("A change in a page of the audit log, with the cursor that points at it.")
    public record ChangeEdge(
            @NonNull @Description("Pass as `after` (or `before`) to get the older (or newer) changes.") String cursor,
            @NonNull @Description("The change.") AuditEvent node) {
    }

    @Description("Every change to this claim, oldest first: its creation, each edit (a new version) and any retraction.")
    public @NonNull List<List<@NonNull AuditEvent>> history(@Source List<Claim> claims) {
        List<String> keys = claims.stream().map(c -> c.key).toList();
        List<AuditEvent> events = AuditEvent.list("targetType = 'CLAIM' and any_of(targetId, ?1) order by id", AnyOf.keys(keys));
        return grouped(claims, c -> c.key, events, e -> e.targetId);
    }

    @Name("history")
    @Description("Every change to this fact and to its claims, oldest first.")
    public @NonNull List<List<@NonNull AuditEvent>> factHistory(@Source List<Fact> facts) {
        List<String> keys = facts.stream().map(f -> f.key).toList();
        List<AuditEvent> events = AuditEvent.list("any_of(factId, ?1) order by id", AnyOf.keys(keys));
        return grouped(facts, f -> f.key, events, e -> e.factId);
    }

    @Query("recentChanges")
    @Description("The audit log, newest first: who changed what, when, with before and after.")
    public @NonNull ChangeConnection recentChanges(
            @Name("first") @Description("Page size counted from the newest or from `after` (default 20, at most 100).") Integer first,
            @Name("after") @Description("Return the changes after (older than) this cursor.") String after,
            @Name("last") @Description("Page size counted from the oldest or from `before`; not with `first`.") Integer last,
            @Name("before") @Description("Return the changes before (newer than) this cursor.") String before) {
        Window window = Window.of(paging, LISTING, 1, first, after, last, before);
        long below = window.after() == null ? Long.MAX_VALUE : window.after()[0];
        long above = window.before() == null ? Long.MIN_VALUE : window.before()[0];
        List<AuditEvent> rows = AuditEvent.<AuditEvent>find("id < ?1 and id > ?2 order by id " + (window.backward() ? "asc" : "desc"),
                below, above).range(0, window.limit() - 1).list();
        Window.Page<AuditEvent> page = window.page(rows, e -> new long[] {e.id}, e -> e,
                () -> !(window.backward() ? AuditEvent.find("id <= ?1", above) : AuditEvent.find("id >= ?1", below)).range(0, 0).list().isEmpty());
        return new ChangeConnection(page.edges().stream().map(e -> new ChangeEdge(e.cursor(), e.node())).toList(),
                page.edges().stream().map(Window.Edge::node).toList(), page.pageInfo());
    }

    private static <P> List<List<AuditEvent>> grouped(List<P> parents, Function<P, String> key, List<AuditEvent> events,
                                                      Function<AuditEvent, String> parentKey) {
        return parents.stream().map(p -> events.stream().filter(e -> key.apply(p).equals(parentKey.apply(e))).toList()).toList();
    }

}
