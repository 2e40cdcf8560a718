package io.corroborate.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;

@Type("Retraction")
@Description("The withdrawal of a claim: it stays on record but no longer counts.")
public record Retraction(
        @Description("When it was retracted.") Instant at,
        @Description("Who retracted it.") String by,
        @Description("Why.") String reason) {
}
