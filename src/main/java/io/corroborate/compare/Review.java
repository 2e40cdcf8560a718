package io.corroborate.compare;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;

@Type("Review")
@Description("Where a fact's conflict stands in review, and the last decision taken on it.")
public record Review(
        @NonNull @Description("OPEN until a curator confirms or dismisses the conflict, and again once the fact's claims change.") ReviewStatus status,
        @Description("The last decision (CONFIRMED or DISMISSED), even when outdated; null when none was taken.") ReviewStatus decision,
        @Description("Why, in the curator's words; null when no decision was taken.") String reason,
        @Description("Who decided; null when no decision was taken.") String by,
        @Description("When; null when no decision was taken.") Instant at,
        @Description("True when the decision no longer holds: the fact's claims changed after it, or an editor reopened the conflict.") boolean outdated,
        @Description("Version of the review: pass it back with the next decision (0 while none was taken, 1 after the first decision); a decision based on"
                + " an older version is refused with VERSION_CONFLICT.") int version) {

    public static final Review NONE = new Review(ReviewStatus.OPEN, null, null, null, null, false, 0);

    public static Review of(ConflictReview row) {
        return row == null ? NONE : new Review(row.effective(), row.status, row.reason, row.reviewedBy, row.reviewedAt, row.outdated, version(row));
    }

    /** The version clients see: 0 only while no decision exists, so "no decision yet" and "first decision" never share one. */
    public static int version(ConflictReview row) {
        return row == null ? 0 : row.version + 1;
    }
}
