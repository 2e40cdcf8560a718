package io.corroborate.compare;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether the sources of a fact agree, differ only in precision, or contradict each other.")
public enum Verdict {
    @Description("Every claim states the same value, after normalisation.")
    AGREE,
    @Description("No contradiction, but the claims differ: in precision or hedging, a more specific entity, a hedged stance, lists that add to each other (\"2024\" vs \"March 2024\"; \"at least 140\" vs \"152\"; a quote and a shorter cut of it).")
    CONSISTENT,
    @Description("At least two claims cannot both be true; see the conflicts.")
    CONFLICT,
    @Description("Only one source reports the fact, and nothing elsewhere contradicts it.")
    SINGLE_SOURCE,
    @Description("No claim has been recorded for the fact yet.")
    NO_CLAIMS,
    @Description("The sources word their answers differently and the rules cannot tell whether they agree (free TEXT"
            + " answers): a curation to-do, not a discrepancy. Type the answers (YES_NO, ENTITY, SET) to get a verdict.")
    WORDING_DIFFERS,
    @Description("The fact is new and its first comparison is being computed; ask again in a moment.")
    PENDING
}
