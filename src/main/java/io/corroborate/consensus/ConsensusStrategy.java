package io.corroborate.consensus;

import org.eclipse.microprofile.graphql.Description;

@Description("How the best-supported value is chosen.")
public enum ConsensusStrategy {
    @Description("ACCU truth discovery (the default): votes weighted by each source's estimated reliability, partial support"
            + " between compatible values, copies discounted. See docs/consensus.md.")
    ACCU,
    @Description("Majority vote: every source counts once; for comparison.")
    MAJORITY
}
