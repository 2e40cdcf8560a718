package io.corroborate.alert;

import io.corroborate.compare.Verdict;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;

@Type("StoryAlert")
@Description("A change to one fact of a story that a reader watching the story should know about: a conflict opened,"
        + " changed or resolved by a write, or a new consensus value. Sent once the change is committed, by every replica.")
public record StoryAlert(
        @NonNull @Description("What changed.") AlertKind kind,
        @Ignore long factId,
        @Description("The stored verdict before the change (conflict alerts; null for a fact compared for the first time"
                + " and for CONSENSUS_CHANGED).") Verdict verdictBefore,
        @Description("The stored verdict after the change (conflict alerts; null for CONSENSUS_CHANGED).") Verdict verdictAfter,
        @Ignore Long runBefore,
        @Ignore Long runAfter,
        @NonNull @Description("When the change was stored.") Instant at,
        @NonNull @Description("Who or what caused it: the user name of the signed-in curator whose write it was; \"consensus\""
                + " for a consensus run; \"system\" for changes settled in the background (bulk imports, corpus loads).") String causedBy) {
}
