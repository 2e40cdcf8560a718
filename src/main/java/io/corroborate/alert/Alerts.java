package io.corroborate.alert;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;

/**
 * Announces, inside the writing transaction, the alerts its stored results make: PostgreSQL delivers the notifications
 * on commit only, to every replica, and never for a rolled-back write. One notification carries at most
 * {@link #PER_NOTICE} alerts of one story (ids and kinds only, far below PostgreSQL's 8000-byte limit).
 */
@ApplicationScoped
public class Alerts {

    static final int PER_NOTICE = 50;
    static final String SYSTEM = "system";
    static final String CONSENSUS = "consensus";

    /** A fact's conflicts, told apart by their kinds and the claims on each side (not by their wording). */
    private static final String CONFLICTS = """
            md5(jsonb_path_query_array(%1$s.comparison, '$.conflicts[*].kind')::text
                || jsonb_path_query_array(%1$s.comparison, '$.conflicts[*].leftClaimIds')::text
                || jsonb_path_query_array(%1$s.comparison, '$.conflicts[*].rightClaimIds')::text)""";

    /** Groups the rows of `changes` (fact, kind, before, after) into notifications of one story. */
    private static final String NOTIFY = """
            select cast(pg_notify(cast(?1 as text), json_build_object('story', cast(?2 as bigint), 'by', cast(?3 as text), 'at', (extract(epoch from clock_timestamp()) * 1000)::bigint,
                'alerts', json_agg(json_build_object('f', fact, 'k', kind, 'b', before, 'a', after) order by fact))::text) as text)
            from (select *, (row_number() over (order by fact) - 1) / %d as part from changes) c group by part""".formatted(PER_NOTICE);

    private final AlertChannel channel;

    public Alerts(AlertChannel channel) {
        this.channel = channel;
    }

    /** The verdicts of these facts as stored before a recomputation replaces them. */
    public VerdictsBefore verdictsBefore(EntityManager em, Collection<Long> factIds) {
        List<Object[]> rows = em.createNativeQuery("select fact_id, verdict, " + CONFLICTS.formatted("c") + " from "
                + channel.schema() + "fact_comparison c where fact_id = any(cast(?1 as bigint[]))", Object[].class)
                .setParameter(1, factIds.toArray(Long[]::new)).getResultList();
        return new VerdictsBefore(rows.stream().map(r -> ((Number) r[0]).longValue()).toArray(Long[]::new),
                rows.stream().map(r -> (String) r[1]).toArray(String[]::new), rows.stream().map(r -> (String) r[2]).toArray(String[]::new));
    }

    /** Announces the facts of the story whose conflicts opened, changed or closed since {@link #verdictsBefore}. */
    public void verdictsStored(EntityManager em, long story, VerdictsBefore before, Collection<Long> factIds) {
        em.flush();
        em.createNativeQuery("with old(fact, verdict, conflicts) as (select * from unnest(cast(?4 as bigint[]), cast(?5 as text[]), cast(?6 as text[]))),"
                        + " changes as (select n.fact_id as fact, o.verdict as before, n.verdict as after, case"
                        + " when o.verdict is distinct from 'CONFLICT' then 'CONFLICT_OPENED'"
                        + " when n.verdict <> 'CONFLICT' then 'CONFLICT_RESOLVED' else 'CONFLICT_CHANGED' end as kind"
                        + " from " + channel.schema() + "fact_comparison n left join old o on o.fact = n.fact_id"
                        + " where n.fact_id = any(cast(?7 as bigint[])) and 'CONFLICT' in (n.verdict, o.verdict)"
                        + " and (n.verdict is distinct from o.verdict or " + CONFLICTS.formatted("n") + " is distinct from o.conflicts)) "
                        + NOTIFY)
                .setParameter(1, channel.name()).setParameter(2, story).setParameter(3, writer())
                .setParameter(4, before.facts()).setParameter(5, before.verdicts()).setParameter(6, before.conflicts())
                .setParameter(7, factIds.toArray(Long[]::new)).getResultList();
    }

    /** Announces the facts whose best-supported value differs between the story's previous ACCU run and this one. */
    public void consensusStored(EntityManager em, long story, long run) {
        String s = channel.schema();
        em.createNativeQuery("with previous as (select max(id) as id from " + s + "consensus_run where story_id = ?2 and strategy = 'ACCU' and id < cast(?4 as bigint)),"
                        + " changes as (select coalesce(n.fact_id, o.fact_id) as fact, 'CONSENSUS_CHANGED' as kind,"
                        + " (select id from previous) as before, cast(?4 as bigint) as after"
                        + " from (select * from " + s + "fact_consensus where run_id = cast(?4 as bigint)) n"
                        + " full join (select * from " + s + "fact_consensus where run_id = (select id from previous)) o on o.fact_id = n.fact_id"
                        + " where (n.result -> 'values') is distinct from (o.result -> 'values')) "
                        + NOTIFY)
                .setParameter(1, channel.name()).setParameter(2, story).setParameter(3, CONSENSUS).setParameter(4, run)
                .getResultList();
    }

    /** The signed-in curator whose request this is, or {@link #SYSTEM} for background work. */
    private static String writer() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        return identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }

    /** Facts' stored verdicts and conflicts, as arrays for PostgreSQL. */
    public record VerdictsBefore(Long[] facts, String[] verdicts, String[] conflicts) {
    }
}
