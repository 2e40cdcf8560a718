package io.corroborate.consensus;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.util.List;

@Type("Reliability")
@Description("How far to trust a source: the estimated share of its claims that are right, and its record. Each story is"
        + " computed from its own claims; over several stories the per-story estimates are combined (Source.reliability).")
public record SourceReliability(
        @org.eclipse.microprofile.graphql.NonNull @Description("The strategy behind the estimate.") ConsensusStrategy strategy,
        @Description("Estimated share of the source's claims that are right, between 0 and 1.") double score,
        @Description("How many facts the estimate rests on.") int facts,
        @Description("Facts where the source states the consensus value (other sources report them too).") int withConsensus,
        @Description("Facts where it states another value.") int againstConsensus,
        @Description("Facts only this source reports.") int alone,
        @Description("Weight of its votes after discounting for sources it appears to copy: 1 = independent.") double copyWeight,
        @org.eclipse.microprofile.graphql.NonNull @Description("When the estimate was computed (over several stories: the oldest of their runs).") Instant computedAt,
        @Description("True when the claims of a story it rests on changed since: a fresh run follows within seconds.") boolean stale,
        @org.eclipse.microprofile.graphql.NonNull @Description("The sources it likely copies or is copied by (ACCU; over several stories the highest"
                + " probability each pair reached), most likely first; empty for MAJORITY.") List<@org.eclipse.microprofile.graphql.NonNull LikelyCopy> likelyCopies) {
}
