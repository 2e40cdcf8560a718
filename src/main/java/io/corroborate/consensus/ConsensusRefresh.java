package io.corroborate.consensus;

import io.corroborate.alert.Alerts;
import io.corroborate.compare.CompareConfig;
import io.corroborate.ops.StatementTimeouts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Recomputes the consensus of the stories whose claims changed (consensus_change, written by triggers), one
 * story at a time, each in its own transaction under the story's advisory lock: replicas never compute the
 * same story at once, readers keep reading the previous run, and writers never wait for a run.
 */
@ApplicationScoped
public class ConsensusRefresh {

    /** First key of the advisory lock that lets one replica at a time compute a story's consensus. */
    private static final int LOCK_SPACE = 1129270868;

    private final ConsensusConfig config;
    private final CompareConfig compare;
    private final Alerts alerts;

    public ConsensusRefresh(ConsensusConfig config, CompareConfig compare, Alerts alerts) {
        this.config = config;
        this.compare = compare;
        this.alerts = alerts;
    }

    /** Recomputes every changed story that no other replica is computing right now, until told to stop. */
    public void refreshChanged(BooleanSupplier stopping) {
        for (Long story : changedStories()) {
            if (stopping.getAsBoolean()) {
                return;
            }
            refresh(story, false);
        }
    }

    /** Recomputes every changed story, waiting for the stories another replica is computing. */
    public void refreshIfStale() {
        changedStories().forEach(story -> refresh(story, true));
    }

    /** Computes a new run of the strategy for every story with claims, whatever changed. */
    public void recompute(ConsensusStrategy strategy) {
        List<Long> stories = QuarkusTransaction.requiringNew().call(() -> ConsensusRun.getEntityManager()
                .createQuery("select distinct f.storyId from Fact f where exists (select 1 from Claim c where c.factId = f.id)"
                        + " order by f.storyId", Long.class).getResultList());
        for (Long story : stories) {
            QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
                StatementTimeouts.allowJob(em());
                lock(story, true);
                compute(story, strategy, fingerprint(story), StoryProblem.read(em(), story, compare.tolerances(), config.closeness()));
            });
        }
    }

    private static List<Long> changedStories() {
        return QuarkusTransaction.requiringNew().call(() -> em()
                .createQuery("select distinct c.storyId from ConsensusChange c where exists"
                        + " (select 1 from Story s where s.id = c.storyId) order by c.storyId", Long.class).getResultList());
    }

    private void refresh(long story, boolean wait) {
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
            StatementTimeouts.allowJob(em());
            if (!lock(story, wait)) {
                return;
            }
            // only the changes seen before the claims are read are settled by this run; later ones stay for the next
            List<Long> changes = em().createQuery("select c.id from ConsensusChange c where c.storyId = ?1", Long.class)
                    .setParameter(1, story).getResultList();
            if (changes.isEmpty()) {
                return;
            }
            String input = fingerprint(story);
            boolean current = ConsensusRun.latest(story, ConsensusStrategy.ACCU).filter(r -> r.input.equals(input)).isPresent()
                    && ConsensusRun.latest(story, ConsensusStrategy.MAJORITY).filter(r -> r.input.equals(input)).isPresent();
            if (!current) {
                StoryProblem problem = StoryProblem.read(em(), story, compare.tolerances(), config.closeness());
                for (ConsensusStrategy strategy : ConsensusStrategy.values()) {
                    compute(story, strategy, input, problem);
                }
            }
            em().createQuery("delete from ConsensusChange c where c.id in ?1").setParameter(1, changes).executeUpdate();
        });
    }

    private void compute(long story, ConsensusStrategy strategy, String input, StoryProblem problem) {
        Solution solution = strategy == ConsensusStrategy.ACCU
                ? Accu.solve(problem.problem(), config.params()) : Majority.solve(problem.problem());
        ConsensusRun run = new ConsensusRun();
        run.storyId = story;
        run.strategy = strategy;
        run.input = input;
        run.iterations = solution.iterations();
        run.residual = solution.residual();
        run.converged = solution.converged();
        run.params = config.params();
        run.persistAndFlush();
        ConsensusResults.store(run, problem, solution);
        em().flush();
        if (strategy == ConsensusStrategy.ACCU) {
            alerts.consensusStored(em(), story, run.id);
        }
        em().clear();
        prune(story, strategy);
    }

    private static boolean lock(long story, boolean wait) {
        String call = wait ? "pg_advisory_xact_lock" : "pg_try_advisory_xact_lock";
        Object result = em().createNativeQuery("select cast(" + call + "(" + LOCK_SPACE + ", cast(?1 as integer)) as text)")
                .setParameter(1, story).getSingleResult();
        return wait || "true".equals(result);
    }

    /** Changes whenever a claim of the story is added, edited, moved, retracted or re-linked to an entity. */
    private static String fingerprint(long story) {
        Object[] row = em().createQuery("""
                select count(c), coalesce(sum(c.version), 0), coalesce(max(c.id), 0), coalesce(sum(c.factId), 0),
                       coalesce(sum(c.valueEntityId), 0), count(c.retractedAt) from Claim c, Fact f
                where f.id = c.factId and f.storyId = ?1""", Object[].class).setParameter(1, story).getSingleResult();
        return java.util.Arrays.stream(row).map(String::valueOf).collect(Collectors.joining(":"));
    }

    private void prune(long story, ConsensusStrategy strategy) {
        List<ConsensusRun> runs = ConsensusRun.list("storyId = ?1 and strategy = ?2 order by id desc", story, strategy);
        runs.stream().skip(config.keepRuns()).forEach(ConsensusRun::delete);
    }

    private static EntityManager em() {
        return ConsensusRun.getEntityManager();
    }
}
