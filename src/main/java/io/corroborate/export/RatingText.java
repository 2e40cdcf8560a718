package io.corroborate.export;

import io.corroborate.compare.ConflictReview;
import io.corroborate.compare.ReviewStatus;
import io.corroborate.compare.Verdict;

/** The words a ClaimReview's rating gives for a verdict, and for a curator's decision on a conflict. */
final class RatingText {

    private RatingText() {
    }

    static String of(Verdict verdict) {
        return switch (verdict) {
            case AGREE -> "Corroborated by all sources";
            case CONSISTENT -> "Consistent (differ in precision)";
            case CONFLICT -> "Sources contradict each other";
            case SINGLE_SOURCE -> "Single source, unverified";
            case WORDING_DIFFERS -> "Worded differently; not compared";
            case NO_CLAIMS -> "No source reports it yet";
            case PENDING -> "Being compared; not rated yet";
        };
    }

    /** The standing decision on the fact's conflict in words; null when none was taken or it no longer holds. */
    static String decision(ConflictReview review) {
        if (review == null || review.outdated || review.status == ReviewStatus.OPEN) {
            return null;
        }
        String taken = review.status == ReviewStatus.CONFIRMED ? "Conflict confirmed by " : "Conflict dismissed by ";
        return taken + review.reviewedBy + " on " + review.reviewedAt + (review.reason == null ? "" : ": " + review.reason);
    }
}
