package io.corroborate.curation;

import io.corroborate.api.AnyOf;
import io.corroborate.api.Cursor;
import io.corroborate.api.PageInfo;
import io.corroborate.api.PagingConfig;
import io.corroborate.fact.Claim;
import io.corroborate.fact.Fact;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
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
    @Description("One page of the audit log, newest first.")
    public record ChangeConnection(
            @Description("The changes of this page.") List<AuditEvent> changes,
            @Description("Where this page stands in the whole log.") PageInfo pageInfo) {
    }

    @Description("Every change to this claim, oldest first: its creation, each edit (a new version) and any retraction.")
    public List<List<AuditEvent>> history(@Source List<Claim> claims) {
        List<String> keys = claims.stream().map(c -> c.key).toList();
        List<AuditEvent> events = AuditEvent.list("targetType = 'CLAIM' and any_of(targetId, ?1) order by id", AnyOf.keys(keys));
        return grouped(claims, c -> c.key, events, e -> e.targetId);
    }

    @Name("history")
    @Description("Every change to this fact and to its claims, oldest first.")
    public List<List<AuditEvent>> factHistory(@Source List<Fact> facts) {
        List<String> keys = facts.stream().map(f -> f.key).toList();
        List<AuditEvent> events = AuditEvent.list("any_of(factId, ?1) order by id", AnyOf.keys(keys));
        return grouped(facts, f -> f.key, events, e -> e.factId);
    }

    @Query("recentChanges")
    @Description("The audit log, newest first: who changed what, when, with before and after.")
    public ChangeConnection recentChanges(
            @Name("first") @Description("Page size (default 20, at most 100).") Integer first,
            @Name("after") @Description("Return the changes after this cursor (an endCursor of a previous page).") String after) {
        int size = paging.size(first);
        long before = after == null ? Long.MAX_VALUE : Cursor.decode(LISTING, after, "after");
        List<AuditEvent> page = AuditEvent.<AuditEvent>find("id < ?1 order by id desc", before).range(0, size).list();
        boolean more = page.size() > size;
        List<AuditEvent> changes = more ? page.subList(0, size) : page;
        return new ChangeConnection(changes, new PageInfo(more, after != null,
                changes.isEmpty() ? null : Cursor.encode(LISTING, changes.get(0).id),
                changes.isEmpty() ? null : Cursor.encode(LISTING, changes.get(changes.size() - 1).id)));
    }

    private static <P> List<List<AuditEvent>> grouped(List<P> parents, Function<P, String> key, List<AuditEvent> events,
                                                      Function<AuditEvent, String> parentKey) {
        return parents.stream().map(p -> events.stream().filter(e -> key.apply(p).equals(parentKey.apply(e))).toList()).toList();
    }

}
