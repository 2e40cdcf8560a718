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

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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

    @Description("Every change to this claim, oldest first: its creation (for an imported claim, the import's entry,"
            + " IMPORT_CLAIMS), each edit (a new version) and any retraction.")
    public @NonNull List<List<@NonNull AuditEvent>> history(@Source List<Claim> claims) {
        List<String> keys = claims.stream().map(c -> c.key).toList();
        Set<Long> imports = claims.stream().map(c -> c.importId).filter(Objects::nonNull).collect(Collectors.toSet());
        List<AuditEvent> events = AuditEvent.list("(targetType = 'CLAIM' and any_of(targetId, ?1)) or any_of(id, ?2) order by id",
                AnyOf.keys(keys), AnyOf.ids(imports));
        return claims.stream().map(c -> events.stream().filter(e -> e.id.equals(c.importId)
                || ("CLAIM".equals(e.targetType) && c.key.equals(e.targetId))).toList()).toList();
    }

    @Name("history")
    @Description("Every change to this fact and to its claims, oldest first, with the entries of the imports that"
            + " created the fact or its claims.")
    public @NonNull List<List<@NonNull AuditEvent>> factHistory(@Source List<Fact> facts) {
        List<String> keys = facts.stream().map(f -> f.key).toList();
        Map<Long, Set<Long>> imports = importsOf(facts);
        Set<Long> importIds = imports.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        List<AuditEvent> events = AuditEvent.list("any_of(factId, ?1) or any_of(id, ?2) order by id", AnyOf.keys(keys), AnyOf.ids(importIds));
        return facts.stream().map(f -> events.stream().filter(e -> f.key.equals(e.factId)
                || imports.getOrDefault(f.id, Set.of()).contains(e.id)).toList()).toList();
    }

    /** Per fact, the imports that created it or any of its claims. */
    private static Map<Long, Set<Long>> importsOf(List<Fact> facts) {
        Map<Long, Set<Long>> imports = new HashMap<>();
        facts.stream().filter(f -> f.importId != null).forEach(f -> imports.computeIfAbsent(f.id, id -> new HashSet<>()).add(f.importId));
        List<Object[]> rows = Claim.getEntityManager().createQuery("select distinct c.factId, c.importId from Claim c"
                + " where any_of(c.factId, ?1) and c.importId is not null", Object[].class)
                .setParameter(1, AnyOf.ids(facts.stream().map(f -> f.id).toList())).getResultList();
        rows.forEach(row -> imports.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[1]));
        return imports;
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


}
