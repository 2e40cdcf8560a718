package io.corroborate.consensus;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.util.List;

@Type("Consensus")
@Description("The best-supported value of a fact, how confident the strategy is, and who stands behind it. The"
        + " consensus never hides a claim: every claim stays in Fact.claims and Fact.comparison.")
public record FactConsensus(
        @Description("The strategy that chose the value.") @NonNull ConsensusStrategy strategy,
        @Description("The distinct values as written of the claims that state the best-supported value.") @NonNull List<@NonNull String> values,
        @Ignore List<String> claimIds,
        @Description("Probability that the value is right, between 0 and 1 (for MAJORITY: its share of the sources).") double confidence,
        @Description("True when another value is as probable (see alternatives): the value was chosen by the documented"
                + " tie rule (more support from similar values, then the first value in alphabetical"
                + " order of its wording), never by the order the claims were recorded in.") boolean tied,
        @Description("The sources behind the value and each one's share of its support (copies count less).") @NonNull List<@NonNull Contribution> contributions,
        @Description("The other values and their probabilities, most likely first.") @NonNull List<@NonNull Alternative> alternatives,
        @Description("When the consensus of the fact's story was computed.") @NonNull Instant computedAt,
        @Description("True when the story's claims changed since: a fresh run of that story follows within seconds (corroborate.consensus.refresh-every).") boolean stale,
        @Description("The run of the story that computed this consensus: iterations and convergence.") Run run) {

    @Type("Contribution")
    @Description("One source's share of the support for the consensus value.")
    public record Contribution(@Ignore String sourceId,
                               @Description("Share of the support, between 0 and 1; the shares sum to 1.") double share) {
    }

    @Type("Alternative")
    @Description("A value that lost, with its probability.")
    public record Alternative(@NonNull @Description("Its distinct values as written.") List<@NonNull String> values,
                              @Description("Its probability, between 0 and 1.") double probability) {
    }

    @Type("ConsensusRun")
    @Description("How the iteration of a run ended. MAJORITY counts once: 1 iteration, residual 0, converged.")
    public record Run(@Description("Iterations the strategy ran (at most corroborate.consensus.max-iterations).") int iterations,
                      @Description("The largest change of a source's reliability or of a pair of sources' probability of copying in the last iteration.") double residual,
                      @Description("True when the residual fell within corroborate.consensus.tolerance before the"
                              + " iteration cap; false: the results are those of the last iteration.") boolean converged) {
    }

    FactConsensus at(Instant computedAt, boolean stale, Run run) {
        return new FactConsensus(strategy, values, claimIds, confidence, tied, contributions, alternatives, computedAt, stale, run);
    }
}
