package io.corroborate.consensus;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

@Type("LikelyCopy")
@Description("Another source that this one likely copies or is copied by (AccuCopy: they share false values beyond chance, or"
        + " write values letter for letter alike beyond chance); their votes count as little more than one.")
public record LikelyCopy(
        @Ignore String sourceId,
        @Description("The probability that the two copy one another (either way), between 0.5 and 1.") double probability) {
}
