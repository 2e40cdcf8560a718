package io.corroborate.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;

@Type("Retraction")
@Description("The withdrawal of a claim: it stays on record but no longer counts.")
public record Retraction(
        @Description("When it was retracted.") @NonNull Instant at,
        @Description("Who retracted it.") @NonNull String by,
        @Description("Why.") @NonNull String reason) {
}
