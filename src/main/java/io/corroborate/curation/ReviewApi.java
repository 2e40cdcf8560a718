package io.corroborate.curation;

import io.corroborate.api.BadUserInputException;
import io.corroborate.api.ForbiddenException;
import io.corroborate.api.NotFoundException;
import io.corroborate.api.VersionConflictException;
import io.corroborate.compare.ComparisonStore;
import io.corroborate.compare.ConflictReview;
import io.corroborate.compare.Review;
import io.corroborate.compare.ReviewStatus;
import io.corroborate.compare.Verdict;
import io.corroborate.fact.Fact;
import io.corroborate.user.Access;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The worklist's review workflow: curators confirm or dismiss a conflict; editors change or reopen a decision. */
@GraphQLApi
public class ReviewApi {

    private final Access access;
    private final Audit audit;
    private final ComparisonStore comparisons;

    public ReviewApi(Access access, Audit audit, ComparisonStore comparisons) {
        this.access = access;
        this.audit = audit;
        this.comparisons = comparisons;
    }

    @Mutation("reviewConflict")
    @Transactional
    @Description("Confirms or dismisses a fact's conflict, with a reason (curator). The decision holds until the fact's"
            + " claims change; changing a decision that holds takes an editor and its current version.")
    public Review reviewConflict(
            @Name("fact") @Id @NonNull @Description("The fact whose conflict is reviewed.") String factId,
            @Name("decision") @NonNull @Description("CONFIRMED or DISMISSED.") ReviewStatus decision,
            @Name("reason") @NonNull @Description("Why, for the next reader (up to 2,000 characters).") String reason,
            @Name("version") @DefaultValue("0") @Description("The version of the decision being changed (Review.version); 0 for a first decision.") int version) {
        String actor = access.requireCurator("review a conflict");
        if (decision == ReviewStatus.OPEN) {
            throw new BadUserInputException("decision", "CONFIRMED or DISMISSED; an editor reopens a conflict with reopenConflict");
        }
        String why = Check.required("reason", reason, Check.LONG);
        Fact fact = Fact.byKey(factId).orElseThrow(() -> new NotFoundException("fact", factId));
        Verdict verdict = comparisons.forFacts(List.of(fact.id)).get(fact.id).verdict;
        if (verdict != Verdict.CONFLICT) {
            throw new BadUserInputException("fact", "has no conflict to review (its verdict is " + verdict + ")");
        }
        ConflictReview row = ConflictReview.findById(fact.id);
        Review before = Review.of(row);
        if (row != null && !row.outdated) {
            if (row.version != version) {
                throw new VersionConflictException("review of", fact.key, version, row.version);
            }
            if (!access.isEditor()) {
                throw new ForbiddenException("editor", "change a decision on a conflict");
            }
        }
        if (row == null) {
            row = new ConflictReview();
            row.factId = fact.id;
        }
        row.status = decision;
        row.reason = why;
        row.reviewedBy = actor;
        row.reviewedAt = Instant.now();
        row.outdated = false;
        row.persistAndFlush();
        audit.record(actor, "REVIEW_CONFLICT", "FACT", fact.key, fact.key, described(before), described(Review.of(row)));
        return Review.of(row);
    }

    @Mutation("reopenConflict")
    @Transactional
    @Description("Withdraws the decision on a fact's conflict, which is OPEN again (editor). The audit log keeps the decision.")
    public Review reopenConflict(
            @Name("fact") @Id @NonNull @Description("The fact whose conflict is reopened.") String factId,
            @Name("reason") @NonNull @Description("Why.") String reason) {
        String actor = access.requireEditor("reopen a conflict");
        String why = Check.required("reason", reason, Check.LONG);
        Fact fact = Fact.byKey(factId).orElseThrow(() -> new NotFoundException("fact", factId));
        ConflictReview row = ConflictReview.<ConflictReview>findByIdOptional(fact.id)
                .orElseThrow(() -> new BadUserInputException("fact", "no decision has been taken on its conflict"));
        audit.record(actor, "REOPEN_CONFLICT", "FACT", fact.key, fact.key, described(Review.of(row)), Map.of("reason", why));
        row.delete();
        return Review.NONE;
    }

    private static Map<String, Object> described(Review review) {
        return review.decision() == null ? Map.of("status", review.status().name())
                : Map.of("status", review.status().name(), "decision", review.decision().name(), "reason", review.reason(),
                "by", review.by(), "outdated", review.outdated());
    }
}
