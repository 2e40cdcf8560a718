package io.corroborate.alert;

import org.eclipse.microprofile.graphql.Description;

@Description("What changed about a fact.")
public enum AlertKind {
    @Description("The fact's stored verdict became CONFLICT: a write made two of its claims contradict each other"
            + " (verdictBefore is the verdict it had, or null for a fact compared for the first time).")
    CONFLICT_OPENED,
    @Description("The fact was and stays in CONFLICT, but its conflicts changed: another pair of claims contradicts, a"
            + " contradiction went away while another remains, or a conflict's kind changed.")
    CONFLICT_CHANGED,
    @Description("The fact's stored verdict was CONFLICT and no longer is (a claim was retracted, corrected or moved;"
            + " verdictAfter says what it is now).")
    CONFLICT_RESOLVED,
    @Description("A consensus run (ACCU, the default strategy) chose another best-supported value for the fact than the"
            + " story's previous run did, or the fact got its first or lost its last consensus value (valuesBefore/valuesAfter).")
    CONSENSUS_CHANGED
}
